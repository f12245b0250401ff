package ai.vobiz.client;

import ai.vobiz.error.ConfigurationException;
import java.util.Map;

/**
 * The {@code X-Auth-ID} / {@code X-Auth-Token} pair. {@link #toString()} shows the id, never the token.
 *
 * @param authId {@code MA_…} for an account, {@code PA_…} for a partner
 * @param authToken the secret token
 */
public record Credentials(String authId, String authToken) {
    public static final String AUTH_ID_VARIABLE = "VOBIZ_AUTH_ID";
    public static final String AUTH_TOKEN_VARIABLE = "VOBIZ_AUTH_TOKEN";

    public Credentials {
        if (authId == null || authId.isBlank()) {
            throw new ConfigurationException("The Vobiz auth id is missing or blank.");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new ConfigurationException("The Vobiz auth token for " + authId.strip() + " is missing or blank.");
        }
        authId = authId.strip();
        authToken = authToken.strip();
    }

    public static Credentials of(String authId, String authToken) {
        return new Credentials(authId, authToken);
    }

    /** From {@code VOBIZ_AUTH_ID} and {@code VOBIZ_AUTH_TOKEN}. */
    public static Credentials fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** From {@code VOBIZ_AUTH_ID} and {@code VOBIZ_AUTH_TOKEN} in the given map (tests pass their own). */
    public static Credentials fromEnvironment(Map<String, String> env) {
        String id = env.get(AUTH_ID_VARIABLE);
        String token = env.get(AUTH_TOKEN_VARIABLE);
        boolean noId = id == null || id.isBlank();
        boolean noToken = token == null || token.isBlank();
        if (noId || noToken) {
            String missing = noId && noToken
                    ? "neither is set"
                    : (noId ? AUTH_ID_VARIABLE : AUTH_TOKEN_VARIABLE) + " is not set";
            throw new ConfigurationException("Vobiz credentials are needed: set the environment variables "
                    + AUTH_ID_VARIABLE + " and " + AUTH_TOKEN_VARIABLE + " (" + missing
                    + "), or pass them to VobizClient.builder().credentials(authId, authToken).");
        }
        return new Credentials(id, token);
    }

    /** Whether these are partner credentials ({@code PA_…}). */
    public boolean isPartner() {
        return authId.startsWith("PA_");
    }

    @Override
    public String toString() {
        return "Credentials[authId=" + authId + ", authToken=<redacted>]";
    }
}
