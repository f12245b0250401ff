package ai.vobiz.port.resilience;

import java.util.Objects;

/**
 * The resilience a transport applies to every call: a {@link RetryPolicy} and a {@link CircuitBreakerPolicy}. Core
 * only defines it; each transport applies it with Resilience4j in its own idiom. Immutable, like Resilience4j's
 * configs: {@link #ofDefaults()}, {@link #custom()}, {@link #newBuilder()}.
 */
public final class ResiliencePolicy {
    private static final ResiliencePolicy DEFAULTS =
            new ResiliencePolicy(RetryPolicy.ofDefaults(), CircuitBreakerPolicy.ofDefaults());
    private static final ResiliencePolicy DISABLED =
            new ResiliencePolicy(RetryPolicy.disabled(), CircuitBreakerPolicy.disabled());

    private final RetryPolicy retry;
    private final CircuitBreakerPolicy circuitBreaker;

    private ResiliencePolicy(RetryPolicy retry, CircuitBreakerPolicy circuitBreaker) {
        this.retry = Objects.requireNonNull(retry, "retry");
        this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    }

    public static ResiliencePolicy ofDefaults() {
        return DEFAULTS;
    }

    /** No retries and no circuit breaker: every call is one attempt. */
    public static ResiliencePolicy disabled() {
        return DISABLED;
    }

    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    public RetryPolicy retry() {
        return retry;
    }

    public CircuitBreakerPolicy circuitBreaker() {
        return circuitBreaker;
    }

    @Override
    public String toString() {
        return "ResiliencePolicy{retry=" + retry + ", circuitBreaker=" + circuitBreaker + "}";
    }

    /** Builder of a {@link ResiliencePolicy}. */
    public static final class Builder {
        private RetryPolicy retry;
        private CircuitBreakerPolicy circuitBreaker;

        private Builder(ResiliencePolicy from) {
            this.retry = from.retry;
            this.circuitBreaker = from.circuitBreaker;
        }

        public Builder retry(RetryPolicy v) {
            retry = v;
            return this;
        }

        public Builder circuitBreaker(CircuitBreakerPolicy v) {
            circuitBreaker = v;
            return this;
        }

        public ResiliencePolicy build() {
            return new ResiliencePolicy(retry, circuitBreaker);
        }
    }
}
