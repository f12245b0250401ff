package ai.vobiz.client;

import ai.vobiz.error.ConfigurationException;
import ai.vobiz.internal.VobizVersion;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link VobizClient} or a {@link VobizAsyncClient}. Everything has a default except the credentials, which
 * are read from {@code VOBIZ_AUTH_ID} / {@code VOBIZ_AUTH_TOKEN} when not given.
 *
 * <pre>{@code
 * try (VobizClient client = VobizClient.builder()
 *         .credentials("MA_XXXXXXXX", token)
 *         .callTimeout(Duration.ofSeconds(20))
 *         .build()) {
 *     Account account = client.account().retrieve();
 * }
 * }</pre>
 */
public final class VobizClientBuilder {
    private @Nullable Credentials credentials;
    private URI baseUrl = VobizConfig.DEFAULT_BASE_URL;
    private boolean allowInsecureHttp;
    private final TransportOptions.Builder options = TransportOptions.builder();
    private @Nullable HttpTransport transport;
    private @Nullable HttpTransportProvider provider;
    private @Nullable String transportName;
    private Map<String, String> environment = System.getenv();

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    VobizClientBuilder() {}

    public VobizClientBuilder credentials(String authId, String authToken) {
        return credentials(new Credentials(authId, authToken));
    }

    public VobizClientBuilder credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return this;
    }

    /** Where credentials are read from when none are given; defaults to the process environment. */
    public VobizClientBuilder environment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        return this;
    }

    /** API root, default {@code https://api.vobiz.ai}. Plain {@code http} is refused except on loopback. */
    public VobizClientBuilder baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        try {
            return baseUrl(new URI(baseUrl.strip()));
        } catch (URISyntaxException e) {
            throw new ConfigurationException("Invalid base URL '" + baseUrl + "': " + e.getReason(), e);
        }
    }

    public VobizClientBuilder baseUrl(URI baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return this;
    }

    /** Allows plain {@code http://} to a non-loopback host. Credentials then travel unencrypted. */
    public VobizClientBuilder allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return this;
    }

    /** Time allowed to connect, per attempt. Default 10 s. */
    public VobizClientBuilder connectTimeout(Duration timeout) {
        options.connectTimeout(requirePositive(timeout, "connectTimeout"));
        return this;
    }

    /** Longest silence while reading a response, per attempt. Default 30 s. */
    public VobizClientBuilder readTimeout(Duration timeout) {
        options.readTimeout(requirePositive(timeout, "readTimeout"));
        return this;
    }

    /** Deadline for a whole call, retries and backoff included. Default 60 s. */
    public VobizClientBuilder callTimeout(Duration timeout) {
        options.callTimeout(requirePositive(timeout, "callTimeout"));
        return this;
    }

    /** Retry and circuit-breaker policy. Default {@link ResiliencePolicy#ofDefaults()}. */
    public VobizClientBuilder resilience(ResiliencePolicy policy) {
        options.resilience(Objects.requireNonNull(policy, "policy"));
        return this;
    }

    /** Larger response bodies fail with a typed error. Default 16 MiB. */
    public VobizClientBuilder maxResponseBytes(long bytes) {
        if (bytes <= 0) {
            throw new ConfigurationException("maxResponseBytes must be positive, got " + bytes + ".");
        }
        options.maxResponseBytes(bytes);
        return this;
    }

    /** Observer of attempts, responses and retries (for logging or metrics). */
    public VobizClientBuilder events(TransportEvents events) {
        options.events(Objects.requireNonNull(events, "events"));
        return this;
    }

    /**
     * Uses this transport instance as is. Its own options apply (the timeouts and policy set here do not), and the
     * client does not close it: its owner does.
     */
    public VobizClientBuilder transport(HttpTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /** Creates the transport with this provider, applying the options set here. */
    public VobizClientBuilder transportProvider(HttpTransportProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        return this;
    }

    /** Chooses a transport found on the class path by name ({@code okhttp}, {@code netty}). */
    public VobizClientBuilder transport(String name) {
        this.transportName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** The validated configuration, for a transport named {@code transportName} (used in the User-Agent). */
    VobizConfig config(String transportLabel) {
        Credentials creds = credentials != null ? credentials : Credentials.fromEnvironment(environment);
        URI url = validateBaseUrl(baseUrl, allowInsecureHttp);
        String ua = "vobiz-java/" + VobizVersion.get() + " (Java " + System.getProperty("java.version") + "; "
                + transportLabel + ")";
        return new VobizConfig(url, creds, options.build(), ua);
    }

    public VobizClient build() {
        return new VobizClient(invoker(), transport == null);
    }

    public VobizAsyncClient buildAsync() {
        return build().async();
    }

    private ApiInvoker invoker() {
        if (transport != null) {
            return new ApiInvoker(config(transport.name()), transport);
        }
        HttpTransportProvider p = provider != null
                ? provider
                : transportName != null ? HttpTransportProvider.named(transportName) : HttpTransportProvider.discover();
        VobizConfig cfg = config(p.name());
        return new ApiInvoker(cfg, p.create(cfg.transportOptions()));
    }

    private static Duration requirePositive(@Nullable Duration timeout, String name) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException(name + " must be a positive duration, got " + timeout + ".");
        }
        return timeout;
    }

    static URI validateBaseUrl(URI url, boolean allowInsecureHttp) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ConfigurationException(
                    "The base URL must be an absolute http(s) URL, got '" + withoutUserInfo(url) + "'.");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new ConfigurationException("The base URL has no host: '" + withoutUserInfo(url) + "'.");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new ConfigurationException(
                    "The base URL must not carry a query, fragment or user info: '" + url.getHost() + "'.");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(url.getHost())) {
            throw new ConfigurationException("Refusing plain http:// to " + url.getHost()
                    + ": credentials would travel unencrypted. Use https://, or allowInsecureHttp(true) if you must.");
        }
        String s = url.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    /** The URL for messages: user info may hold a password. */
    private static String withoutUserInfo(URI url) {
        return url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "");
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so no DNS lookup happens here.
        boolean literal = IPV4_LITERAL.matcher(h).matches() || h.indexOf(':') >= 0;
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
