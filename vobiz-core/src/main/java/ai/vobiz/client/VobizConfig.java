package ai.vobiz.client;

import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.TransportOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A client's resolved, validated configuration. Immutable; produced by {@link VobizClientBuilder}. Its
 * {@link #toString()} never shows the token.
 *
 * @param baseUrl API root without a trailing slash, such as {@code https://api.vobiz.ai}
 * @param credentials the auth pair
 * @param transportOptions timeouts, resilience policy and size cap handed to the transport
 * @param userAgent the {@code User-Agent} sent on every request
 */
public record VobizConfig(URI baseUrl, Credentials credentials, TransportOptions transportOptions, String userAgent) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.vobiz.ai");

    public VobizConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(transportOptions, "transportOptions");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    public Duration connectTimeout() {
        return transportOptions.connectTimeout();
    }

    public Duration readTimeout() {
        return transportOptions.readTimeout();
    }

    public Duration callTimeout() {
        return transportOptions.callTimeout();
    }

    public ResiliencePolicy resilience() {
        return transportOptions.resilience();
    }

    @Override
    public String toString() {
        TransportOptions o = transportOptions;
        return "VobizConfig{baseUrl=" + baseUrl + ", credentials=" + credentials + ", connectTimeout="
                + o.connectTimeout() + ", readTimeout=" + o.readTimeout() + ", callTimeout=" + o.callTimeout()
                + ", maxResponseBytes=" + o.maxResponseBytes() + ", resilience=" + o.resilience() + ", userAgent="
                + userAgent + "}";
    }
}
