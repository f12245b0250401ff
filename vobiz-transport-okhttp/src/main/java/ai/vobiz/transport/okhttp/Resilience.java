package ai.vobiz.transport.okhttp;

import ai.vobiz.port.resilience.AttemptFailure;
import ai.vobiz.port.resilience.AttemptResponse;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.resilience.StateWatch;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Resilience4j side of the transport: one {@link Retry} and at most one {@link CircuitBreaker} per transport,
 * both configured from core's {@link ResiliencePolicy}, which decides; Resilience4j counts attempts, computes the
 * waits through the policy, records outcomes and drives the breaker's state machine.
 *
 * <p>The retry predicates need the request (its idempotency), which Resilience4j does not pass them. Rather than build
 * a {@code Retry} per call, the transport shares one and feeds it outcomes that carry their request
 * ({@link AttemptResponse} and {@link AttemptFailure}); each call gets its own {@link Retry.AsyncContext}. The shared
 * instance also aggregates the retry metrics of the whole client.
 */
final class Resilience {
    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    private final Retry retry;
    private final @Nullable CircuitBreaker breaker;
    private final Duration openWait;
    /** Transitions are read off the breaker after each operation (see {@link StateWatch} for why). */
    private final @Nullable StateWatch<CircuitBreaker.State> breakerState;

    Resilience(String name, ResiliencePolicy policy, TransportEvents events) {
        RetryPolicy rp = policy.retry();
        IntervalBiFunction<AttemptResponse> interval = (attempt, outcome) -> {
            Duration d = rp.delayBeforeRetry(
                    attempt, outcome.isRight() ? outcome.get().response() : null);
            return RetryPolicy.waitMillis(d);
        };
        RetryConfig retryConfig = RetryConfig.<AttemptResponse>custom()
                .maxAttempts(rp.maxAttempts())
                .retryOnResult(o -> rp.shouldRetry(o.request(), o.response()))
                .retryOnException(t -> t instanceof AttemptFailure f && rp.shouldRetry(f.request(), f.failure()))
                .intervalBiFunction(interval)
                .failAfterMaxAttempts(false)
                .build();
        this.retry = Retry.of(name, retryConfig);

        CircuitBreakerPolicy cp = policy.circuitBreaker();
        this.openWait = cp.waitDurationInOpenState();
        if (cp.enabled()) {
            CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                    .slidingWindowType(SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(cp.slidingWindowSize())
                    .minimumNumberOfCalls(cp.minimumNumberOfCalls())
                    .failureRateThreshold(cp.failureRateThreshold())
                    .waitDurationInOpenState(cp.waitDurationInOpenState())
                    .permittedNumberOfCallsInHalfOpenState(cp.permittedCallsInHalfOpenState())
                    // No automatic OPEN -> HALF_OPEN: it would need Resilience4j's own scheduler thread. The first
                    // call after the wait makes the transition instead.
                    .automaticTransitionFromOpenToHalfOpenEnabled(false)
                    .recordResult(r -> r instanceof HttpResponse response && cp.isFailure(response))
                    .recordException(cp::isFailure)
                    .writableStackTraceEnabled(false)
                    .build();
            CircuitBreaker cb = CircuitBreaker.of(name, breakerConfig);
            this.breakerState = new StateWatch<>(cb::getState, (from, to) -> {
                LOG.info("Vobiz circuit breaker {}: {} -> {}", name, from, to);
                try {
                    events.circuitStateChanged(from.name(), to.name());
                } catch (RuntimeException observerFailure) {
                    LOG.warn("TransportEvents.circuitStateChanged threw; ignored", observerFailure);
                }
            });
            this.breaker = cb;
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
