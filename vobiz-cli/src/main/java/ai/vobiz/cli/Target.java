package ai.vobiz.cli;

import ai.vobiz.client.Credentials;
import ai.vobiz.error.ConfigurationException;
import java.util.Map;

/**
 * Whom a command calls and with which credentials: the configured API (credentials from {@code VOBIZ_AUTH_ID} /
 * {@code VOBIZ_AUTH_TOKEN}) or, when nothing is configured, an embedded fake server with demo data, stopped on close.
 */
final class Target implements AutoCloseable {
    /** Which kind of credentials the command needs from the embedded server. */
    enum Scope {
        ACCOUNT,
        PARTNER
    }

    private final String baseUrl;
    private final Credentials credentials;
    private final EmbeddedServer server;

    private Target(String baseUrl, Credentials credentials, EmbeddedServer server) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.server = server;
    }

    static Target resolve(CliContext ctx, ApiOptions options, Scope scope, Console console) {
        Map<String, String> env = ctx.environment();
        String id = blankToNull(env.get(Credentials.AUTH_ID_VARIABLE));
        String token = blankToNull(env.get(Credentials.AUTH_TOKEN_VARIABLE));
        if (token != null) {
            console.addSecret(token);
        }
        if (id == null && token == null) {
            if (options.baseUrl != null) {
                throw new ConfigurationException("no credentials to call " + options.baseUrl + ": set the environment"
                        + " variables " + Credentials.AUTH_ID_VARIABLE + " and " + Credentials.AUTH_TOKEN_VARIABLE);
            }
            return embedded(ctx, scope, console);
        }
        if (id == null || token == null) {
            String missing = id == null ? Credentials.AUTH_ID_VARIABLE : Credentials.AUTH_TOKEN_VARIABLE;
            throw new ConfigurationException(missing + " is not set: set both " + Credentials.AUTH_ID_VARIABLE + " and "
                    + Credentials.AUTH_TOKEN_VARIABLE);
        }
        return new Target(options.baseUrl, new Credentials(id, token), null);
    }

    private static Target embedded(CliContext ctx, Scope scope, Console console) {
        EmbeddedServer server = ctx.fakeServer().start();
        try {
            Credentials creds = scope == Scope.PARTNER ? server.partnerCredentials() : server.accountCredentials();
            console.addSecret(creds.authToken());
            console.err("vobiz: no " + Credentials.AUTH_ID_VARIABLE + "/" + Credentials.AUTH_TOKEN_VARIABLE
                    + " set; using the embedded fake Vobiz server with demo data");
            return new Target(server.baseUrl().toString(), creds, server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The base URL, or null for the default API root. */
    String baseUrl() {
        return baseUrl;
    }

    Credentials credentials() {
        return credentials;
    }

    boolean embedded() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
