package ai.vobiz.port.resilience;

import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TransportException;
import ai.vobiz.port.transport.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;

/**
 * When the client stops calling a failing Vobiz and fails fast instead. One breaker per client; every attempt
 * (retries included) is one recorded call. A failure is a 5xx response, a timeout, a connect failure or a broken
 * exchange; a 4xx is never a failure (the server is healthy, the request is wrong).
 *
 * <p>Defaults: count-based window of 20 calls, at least 10 calls before judging, open at a 50 % failure rate, stay
 * open 30 s, then allow 3 trial calls in half-open state.
 */
public final class CircuitBreakerPolicy {
    private static final CircuitBreakerPolicy DEFAULTS = new Builder().build();
    private static final CircuitBreakerPolicy DISABLED =
            new Builder().enabled(false).build();

    private final boolean enabled;
    private final float failureRateThreshold;
    private final int slidingWindowSize;
    private final int minimumNumberOfCalls;
    private final Duration waitDurationInOpenState;
    private final int permittedCallsInHalfOpenState;

    private CircuitBreakerPolicy(Builder b) {
        if (b.failureRateThreshold <= 0 || b.failureRateThreshold > 100) {
            throw new IllegalArgumentException(
                    "failureRateThreshold must be in (0, 100], got " + b.failureRateThreshold);
        }
        if (b.slidingWindowSize < 1 || b.minimumNumberOfCalls < 1 || b.permittedCallsInHalfOpenState < 1) {
            throw new IllegalArgumentException(
                    "slidingWindowSize, minimumNumberOfCalls and permittedCallsInHalfOpenState must be at least 1");
        }
        Objects.requireNonNull(b.waitDurationInOpenState, "waitDurationInOpenState");
        if (b.waitDurationInOpenState.isNegative() || b.waitDurationInOpenState.isZero()) {
            throw new IllegalArgumentException("waitDurationInOpenState must be positive");
        }
        this.enabled = b.enabled;
        this.failureRateThreshold = b.failureRateThreshold;
        this.slidingWindowSize = b.slidingWindowSize;
        this.minimumNumberOfCalls = b.minimumNumberOfCalls;
        this.waitDurationInOpenState = b.waitDurationInOpenState;
        this.permittedCallsInHalfOpenState = b.permittedCallsInHalfOpenState;
    }

    public static CircuitBreakerPolicy ofDefaults() {
        return DEFAULTS;
    }

    /** A breaker that never opens. */
    public static CircuitBreakerPolicy disabled() {
        return DISABLED;
    }

    public static Builder custom() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder()
                .enabled(enabled)
                .failureRateThreshold(failureRateThreshold)
                .slidingWindowSize(slidingWindowSize)
                .minimumNumberOfCalls(minimumNumberOfCalls)
                .waitDurationInOpenState(waitDurationInOpenState)
                .permittedCallsInHalfOpenState(permittedCallsInHalfOpenState);
    }

    /** Whether this response counts as a failure: 5xx only. */
    public boolean isFailure(HttpResponse response) {
        return response.status() >= 500;
    }

    /** Whether this failure counts: transport failures do, except a response that was merely too large. */
    public boolean isFailure(Throwable failure) {
        Throwable f = failure;
        while (f instanceof CompletionException && f.getCause() != null) {
            f = f.getCause();
        }
        return f instanceof TransportException && !(f instanceof ResponseTooLargeException);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Failure rate in percent at or above which the breaker opens. */
    public float failureRateThreshold() {
        return failureRateThreshold;
    }

    /** Number of most recent calls the failure rate is computed over. */
    public int slidingWindowSize() {
        return slidingWindowSize;
    }

    /** Calls needed in the window before the rate is judged. */
    public int minimumNumberOfCalls() {
        return minimumNumberOfCalls;
    }

    public Duration waitDurationInOpenState() {
        return waitDurationInOpenState;
    }

    public int permittedCallsInHalfOpenState() {
        return permittedCallsInHalfOpenState;
    }

    @Override
    public String toString() {
        return "CircuitBreakerPolicy{enabled=" + enabled + ", failureRateThreshold=" + failureRateThreshold
                + ", slidingWindowSize=" + slidingWindowSize + ", minimumNumberOfCalls=" + minimumNumberOfCalls
                + ", waitDurationInOpenState=" + waitDurationInOpenState + ", permittedCallsInHalfOpenState="
                + permittedCallsInHalfOpenState + "}";
    }

    /** Builder; starts from the defaults. */
    public static final class Builder {
        private boolean enabled = true;
        private float failureRateThreshold = 50f;
        private int slidingWindowSize = 20;
        private int minimumNumberOfCalls = 10;
        private Duration waitDurationInOpenState = Duration.ofSeconds(30);
        private int permittedCallsInHalfOpenState = 3;

        private Builder() {}

        public Builder enabled(boolean v) {
            enabled = v;
            return this;
        }

        public Builder failureRateThreshold(float v) {
            failureRateThreshold = v;
            return this;
        }

        public Builder slidingWindowSize(int v) {
            slidingWindowSize = v;
            return this;
        }

        public Builder minimumNumberOfCalls(int v) {
            minimumNumberOfCalls = v;
            return this;
        }

        public Builder waitDurationInOpenState(Duration v) {
            waitDurationInOpenState = v;
            return this;
        }

        public Builder permittedCallsInHalfOpenState(int v) {
            permittedCallsInHalfOpenState = v;
            return this;
        }

        public CircuitBreakerPolicy build() {
            return new CircuitBreakerPolicy(this);
        }
    }
}
