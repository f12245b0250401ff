package ai.vobiz.resilience4j;

import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The one translation of core's policies into Resilience4j configurations. The policy decides; Resilience4j counts
 * attempts, waits what the policy computes, records outcomes and drives the breaker's state machine.
 *
 * <p>The retry predicates need the request (its idempotency), which Resilience4j does not pass them: a transport
 * shares one {@code Retry} built from {@link #retry} across its calls, gives each call its own
 * {@code Retry.AsyncContext} (or reactive operator), and feeds it {@link AttemptResponse}s and
 * {@link AttemptFailure}s. Only an {@code AttemptFailure} is ever retried.
 */
public final class Resilience4jConfigs {

    /** Told when the retry has decided to retry an outcome, with the wait the policy chose. */
    @FunctionalInterface
    public interface RetryListener {
        /**
         * @param request the request being retried
         * @param nextAttempt the number of the attempt about to be made, the first attempt being 1
         * @param delay the wait before it
         * @param outcome the outcome that is retried: {@code HTTP <status>} or the failure's simple class name
         */
        void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String outcome);
    }

    private Resilience4jConfigs() {}

    /**
     * A retry configuration applying {@code policy}: at most {@link RetryPolicy#maxAttempts()} attempts, outcomes
     * judged by {@link RetryPolicy#shouldRetry} with their request, waits from {@link RetryPolicy#delayBeforeRetry}
     * (so {@code Retry-After} is honoured), and the last outcome handed back rather than an exception when the
     * attempts run out.
     *
     * @param listener told of every retry decided, or null
     */
    public static RetryConfig retry(RetryPolicy policy, @Nullable RetryListener listener) {
        IntervalBiFunction<AttemptResponse> interval = (attemptsMade, outcome) -> {
            HttpRequest request;
            HttpResponse response;
            String reason;
            if (outcome.isRight()) {
                request = outcome.get().request();
                response = outcome.get().response();
                reason = "HTTP " + response.status();
            } else {
                // Only an AttemptFailure passes retryOnException, so only one is ever retried.
                AttemptFailure failure = (AttemptFailure) outcome.getLeft();
                request = failure.request();
                response = null;
                reason = failure.failure().getClass().getSimpleName();
            }
            Duration delay = policy.delayBeforeRetry(attemptsMade, response);
            if (listener != null) {
                listener.retryScheduled(request, attemptsMade + 1, delay, reason);
            }
            return RetryPolicy.waitMillis(delay);
        };
        return RetryConfig.<AttemptResponse>custom()
                .maxAttempts(policy.maxAttempts())
                .failAfterMaxAttempts(false)
                .writableStackTraceEnabled(false)
                .retryOnResult(outcome -> policy.shouldRetry(outcome.request(), outcome.response()))
                .retryOnException(t -> t instanceof AttemptFailure f && policy.shouldRetry(f.request(), f.failure()))
                .intervalBiFunction(interval)
                .build();
    }

    /**
     * A count-based breaker configuration applying {@code policy}: an attempt's result is a failure when the policy
     * says so of its response (given as an {@link HttpResponse} or an {@link AttemptResponse}), an exception when the
     * policy says so of the failure ({@link AttemptFailure}s unwrapped). There is no automatic OPEN to HALF_OPEN
     * transition, which would need Resilience4j's own scheduler thread: the first call after the wait makes it.
     *
     * @throws IllegalArgumentException when the policy disables the breaker
     */
    public static CircuitBreakerConfig circuitBreaker(CircuitBreakerPolicy policy) {
        if (!policy.enabled()) {
            throw new IllegalArgumentException("the circuit breaker policy is disabled: build no breaker");
        }
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                .failureRateThreshold(policy.failureRateThreshold())
                .waitDurationInOpenState(policy.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordResult(result -> isFailedResult(policy, result))
                .recordException(failure -> policy.isFailure(AttemptFailure.unwrap(failure)))
                .writableStackTraceEnabled(false)
                .build();
    }

    private static boolean isFailedResult(CircuitBreakerPolicy policy, @Nullable Object result) {
        if (result instanceof AttemptResponse attempt) {
            return policy.isFailure(attempt.response());
        }
        return result instanceof HttpResponse response && policy.isFailure(response);
    }
}
