package ai.vobiz.transport.netty;

import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.resilience4j.BreakerWatch;
import ai.vobiz.resilience4j.Resilience4jConfigs;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Resilience4j side of the transport: one {@link Retry} and at most one {@link CircuitBreaker} per transport,
 * both configured from core's {@link ai.vobiz.port.resilience.ResiliencePolicy} by {@link Resilience4jConfigs}. Every
 * subscription to a call gets its own context of the one retry (attempt count, metrics); the breaker is applied per
 * attempt with resilience4j-reactor's operator, and its transitions are read off it as calls go through
 * ({@link BreakerWatch}).
 */
final class Resilience {
    private static final Logger LOG = LoggerFactory.getLogger(NettyTransport.class);

    private final @Nullable Retry retry;
    private final @Nullable CircuitBreaker breaker;
    private final @Nullable BreakerWatch breakerState;
    private final Duration openWait;

    Resilience(String name, RetryPolicy retryPolicy, CircuitBreakerPolicy breakerPolicy, TransportEvents events) {
        this.retry = retryPolicy.maxAttempts() <= 1 ? null : newRetry(name, retryPolicy, events);
        this.openWait = breakerPolicy.waitDurationInOpenState();
        this.breaker = breakerPolicy.enabled()
                ? CircuitBreaker.of("vobiz-netty", Resilience4jConfigs.circuitBreaker(breakerPolicy))
                : null;
        this.breakerState = breaker == null ? null : new BreakerWatch(breaker, events);
    }

    /** Each retry decided is logged and reported to the events observer. */
    private static Retry newRetry(String name, RetryPolicy policy, TransportEvents events) {
        return Retry.of(name, Resilience4jConfigs.retry(policy, (request, nextAttempt, delay, reason) -> {
            LOG.debug(
                    "{}: retrying (attempt {}) in {} ms after {}",
                    Failures.describe(request),
                    nextAttempt,
                    delay.toMillis(),
                    reason);
            events.retryScheduled(request, nextAttempt, delay, reason);
        }));
    }

    /** The retry shared by every call; null when the policy allows one attempt. */
    @Nullable
    Retry retry() {
        return retry;
    }

    /** The circuit breaker; null when the policy disables it. */
    @Nullable
    CircuitBreaker breaker() {
        return breaker;
    }

    /** How long the breaker stays open: what a {@link ai.vobiz.error.CircuitOpenException} advises to wait. */
    Duration openWait() {
        return openWait;
    }

    /** Reports a breaker transition since the last look, if any. */
    void watchBreaker() {
        BreakerWatch watch = breakerState;
        if (watch != null) {
            watch.check();
        }
    }

    /** The breaker's state name, or {@code DISABLED}. */
    String circuitState() {
        return breaker == null ? "DISABLED" : breaker.getState().name();
    }
}
