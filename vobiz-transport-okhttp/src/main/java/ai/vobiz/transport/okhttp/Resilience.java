package ai.vobiz.transport.okhttp;

import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.resilience4j.AttemptFailure;
import ai.vobiz.resilience4j.AttemptResponse;
import ai.vobiz.resilience4j.BreakerWatch;
import ai.vobiz.resilience4j.Resilience4jConfigs;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The Resilience4j side of the transport: one {@link Retry} and at most one {@link CircuitBreaker} per transport,
 * both configured from core's {@link ResiliencePolicy} by {@link Resilience4jConfigs}; the policy decides,
 * Resilience4j counts attempts, computes the waits through the policy, records outcomes and drives the breaker's
 * state machine.
 *
 * <p>Rather than build a {@code Retry} per call, the transport shares one and feeds it outcomes that carry their
 * request ({@link AttemptResponse} and {@link AttemptFailure}); each call gets its own {@link Retry.AsyncContext}. The
 * shared instance also aggregates the retry metrics of the whole client.
 */
final class Resilience {
    private final Retry retry;
    private final @Nullable CircuitBreaker breaker;
    private final Duration openWait;
    /** Transitions are read off the breaker after each operation (see {@link BreakerWatch} for why). */
    private final @Nullable BreakerWatch breakerState;

    Resilience(String name, ResiliencePolicy policy, TransportEvents events) {
        this.retry = Retry.of(name, Resilience4jConfigs.retry(policy.retry(), null));
        CircuitBreakerPolicy cp = policy.circuitBreaker();
        this.openWait = cp.waitDurationInOpenState();
        if (cp.enabled()) {
            this.breaker = CircuitBreaker.of(name, Resilience4jConfigs.circuitBreaker(cp));
            this.breakerState = new BreakerWatch(breaker, events);
        } else {
            this.breaker = null;
            this.breakerState = null;
        }
    }

    Retry retry() {
        return retry;
    }

    @Nullable
    CircuitBreaker breaker() {
        return breaker;
    }

    Retry.AsyncContext<AttemptResponse> newContext() {
        return retry.asyncContext();
    }

    /** Asks the breaker for one attempt; true when allowed (always, without a breaker). */
    boolean tryAcquire() {
        if (breaker == null) {
            return true;
        }
        boolean permitted = breaker.tryAcquirePermission();
        breakerState.check();
        return permitted;
    }

    Duration openWait() {
        return openWait;
    }

    void recordResponse(long elapsedNanos, HttpResponse response) {
        if (breaker != null) {
            breaker.onResult(elapsedNanos, TimeUnit.NANOSECONDS, response);
            breakerState.check();
        }
    }

    void recordFailure(long elapsedNanos, Throwable failure) {
        if (breaker != null) {
            breaker.onError(elapsedNanos, TimeUnit.NANOSECONDS, failure);
            breakerState.check();
        }
    }

    /** Gives back a permission whose attempt was abandoned (cancelled), without judging the server. */
    void release() {
        if (breaker != null) {
            breaker.releasePermission();
            breakerState.check();
        }
    }
}
