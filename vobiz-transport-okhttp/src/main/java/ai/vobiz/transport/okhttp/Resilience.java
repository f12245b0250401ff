package ai.vobiz.transport.okhttp;

import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
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
 * ({@link Outcome} and {@link AttemptFailure}); each call gets its own {@link Retry.AsyncContext}. The shared
 * instance also aggregates the retry metrics of the whole client.
 */
final class Resilience {
    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    /** A response together with the request that produced it, as the retry's result type. */
    record Outcome(HttpRequest request, HttpResponse response) {}

    /** A failed attempt together with its request, as seen by the retry's exception predicate. No stack trace. */
    static final class AttemptFailure extends RuntimeException {
        private final transient HttpRequest request;

        AttemptFailure(HttpRequest request, Throwable failure) {
            super(failure.getMessage(), failure, false, false);
            this.request = request;
        }

        HttpRequest request() {
            return request;
        }
    }

    private final Retry retry;
    private final @Nullable CircuitBreaker breaker;
    private final Duration openWait;

    Resilience(String name, ResiliencePolicy policy, TransportEvents events) {
        RetryPolicy rp = policy.retry();
        IntervalBiFunction<Outcome> interval = (attempt, outcome) -> {
            Duration d = rp.delayBeforeRetry(
                    attempt, outcome.isRight() ? outcome.get().response() : null);
            // Resilience4j treats an interval below 1 ms as "do not retry": never hand it one.
            return Math.max(1L, ceilMillis(d));
        };
        RetryConfig retryConfig = RetryConfig.<Outcome>custom()
                .maxAttempts(rp.maxAttempts())
                .retryOnResult(o -> rp.shouldRetry(o.request(), o.response()))
                .retryOnException(t -> t instanceof AttemptFailure f && rp.shouldRetry(f.request(), f.getCause()))
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
            cb.getEventPublisher().onStateTransition(e -> {
                String from = e.getStateTransition().getFromState().name();
                String to = e.getStateTransition().getToState().name();
                LOG.info("Vobiz circuit breaker {}: {} -> {}", name, from, to);
                try {
                    events.circuitStateChanged(from, to);
                } catch (RuntimeException observerFailure) {
                    LOG.warn("TransportEvents.circuitStateChanged threw; ignored", observerFailure);
                }
            });
            this.breaker = cb;
        } else {
            this.breaker = null;
        }
    }

    Retry retry() {
        return retry;
    }

    @Nullable
    CircuitBreaker breaker() {
        return breaker;
    }

    Retry.AsyncContext<Outcome> newContext() {
        return retry.asyncContext();
    }

    /** Asks the breaker for one attempt; true when allowed (always, without a breaker). */
    boolean tryAcquire() {
        return breaker == null || breaker.tryAcquirePermission();
    }

    Duration openWait() {
        return openWait;
    }

    void recordResponse(long elapsedNanos, HttpResponse response) {
        if (breaker != null) {
            breaker.onResult(elapsedNanos, TimeUnit.NANOSECONDS, response);
        }
    }

    void recordFailure(long elapsedNanos, Throwable failure) {
        if (breaker != null) {
            breaker.onError(elapsedNanos, TimeUnit.NANOSECONDS, failure);
        }
    }

    /** Gives back a permission whose attempt was abandoned (cancelled), without judging the server. */
    void release() {
        if (breaker != null) {
            breaker.releasePermission();
        }
    }

    private static long ceilMillis(Duration d) {
        long ms = d.toMillis();
        return d.minusMillis(ms).isZero() ? ms : ms + 1;
    }
}
