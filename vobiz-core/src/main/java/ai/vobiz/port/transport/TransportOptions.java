package ai.vobiz.port.transport;

import ai.vobiz.port.resilience.ResiliencePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * What a transport must apply, decided by the client configuration: timeouts, the resilience policy, the response
 * size cap, and an observer. Immutable; build with {@link #builder()} or copy with {@link #newBuilder()}.
 *
 * @param connectTimeout time allowed to establish a connection (per attempt)
 * @param readTimeout longest silence allowed while waiting for response bytes (per attempt)
 * @param callTimeout deadline for the whole call, retries and backoff included
 * @param resilience retry and circuit-breaker policy
 * @param maxResponseBytes larger bodies fail with {@link ai.vobiz.error.ResponseTooLargeException}
 * @param events observer of attempts and retries
 */
public record TransportOptions(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        ResiliencePolicy resilience,
        long maxResponseBytes,
        TransportEvents events) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    public TransportOptions {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(events, "events");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, got " + maxResponseBytes);
        }
    }

    public static TransportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .callTimeout(callTimeout)
                .resilience(resilience)
                .maxResponseBytes(maxResponseBytes)
                .events(events);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    /** Builder with the defaults: 10 s connect, 30 s read, 60 s call, default policy, 16 MiB. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private ResiliencePolicy resilience = ResiliencePolicy.ofDefaults();
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private TransportEvents events = TransportEvents.NONE;

        private Builder() {}

        public Builder connectTimeout(Duration v) {
            this.connectTimeout = v;
            return this;
        }

        public Builder readTimeout(Duration v) {
            this.readTimeout = v;
            return this;
        }

        public Builder callTimeout(Duration v) {
            this.callTimeout = v;
            return this;
        }

        public Builder resilience(ResiliencePolicy v) {
            this.resilience = v;
            return this;
        }

        public Builder maxResponseBytes(long v) {
            this.maxResponseBytes = v;
            return this;
        }

        public Builder events(TransportEvents v) {
            this.events = v;
            return this;
        }

        public TransportOptions build() {
            return new TransportOptions(connectTimeout, readTimeout, callTimeout, resilience, maxResponseBytes, events);
        }
    }
}
