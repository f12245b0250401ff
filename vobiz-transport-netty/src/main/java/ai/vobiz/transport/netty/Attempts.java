package ai.vobiz.transport.netty;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.resilience4j.AttemptFailure;
import ai.vobiz.resilience4j.AttemptResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The attempts of one call: each behind the circuit breaker, all under the transport's retry. Attempts emit their
 * response, or fail, with the request attached ({@link AttemptResponse}, {@link AttemptFailure}) for the shared retry
 * to judge; {@link #finalResponse} and {@link #finalFailure} unwrap the outcome that ends the call.
 */
final class Attempts {
    private static final Logger LOG = LoggerFactory.getLogger(NettyTransport.class);

    private final Messages messages;
    private final TransportOptions options;
    private final TransportEvents events;
    private final Resilience resilience;

    Attempts(Messages messages, TransportOptions options, TransportEvents events, Resilience resilience) {
        this.messages = messages;
        this.options = options;
        this.events = events;
        this.resilience = resilience;
    }

    /** The attempts of one call, as a cold {@link Mono}: every subscription is a call of its own. */
    Mono<AttemptResponse> of(HttpRequest request) {
        AtomicInteger attempts = new AtomicInteger();
        Mono<AttemptResponse> attempt = guardedAttempt(request, attempts);
        Retry r = resilience.retry();
        // Every subscription gets its own context of the transport's one Retry (attempt count, metrics).
        return r == null ? attempt : retrying(attempt, r.asyncContext());
    }

    /** The response that ends the call (the breaker has recorded it by now). */
    HttpResponse finalResponse(AttemptResponse last) {
        resilience.watchBreaker();
        return last.response();
    }

    /** The failure that ends the call, unwrapped from its request. */
    Throwable finalFailure(Throwable last) {
        resilience.watchBreaker();
        return AttemptFailure.unwrap(last);
    }

    /**
     * Resilience4j's retry decides, Reactor sequences: the context judges each outcome through the policy (its
     * predicates, {@code Retry-After}, the attempt count, the metrics) and answers with a wait, after which the attempt
     * is subscribed again on Reactor's timer. resilience4j-reactor's {@code RetryOperator} does the same with
     * {@code retryWhen}, which sets up a companion sink and a {@code concatMap} subscription for every call, although
     * almost no call is ever retried; here a call that is not retried costs one {@code flatMap} and one
     * {@code onErrorResume}.
     *
     * <p>A failure the retry gives up on leaves here unwrapped, so that an enclosing stage of the same call never
     * judges it twice.
     */
    private static Mono<AttemptResponse> retrying(
            Mono<AttemptResponse> attempt, Retry.AsyncContext<AttemptResponse> context) {
        return attempt.flatMap(outcome -> {
                    long wait = context.onResult(outcome);
                    if (wait < 0) {
                        context.onComplete();
                        return Mono.just(outcome);
                    }
                    return Mono.delay(Duration.ofMillis(wait)).then(retrying(attempt, context));
                })
                .onErrorResume(AttemptFailure.class, failure -> {
                    long wait = context.onError(failure);
                    return wait < 0
                            ? Mono.error(failure.failure())
                            : Mono.delay(Duration.ofMillis(wait)).then(retrying(attempt, context));
                });
    }

    /** One attempt behind the circuit breaker; a rejection becomes {@link CircuitOpenException}. */
    private Mono<AttemptResponse> guardedAttempt(HttpRequest request, AtomicInteger attempts) {
        CircuitBreaker breaker = resilience.breaker();
        if (breaker == null) {
            return Mono.defer(() -> attempt(request, attempts.incrementAndGet()));
        }
        // Deferred inside the breaker operator: runs once the attempt was permitted (possibly OPEN -> HALF_OPEN).
        return Mono.defer(() -> {
                    resilience.watchBreaker();
                    return attempt(request, attempts.incrementAndGet());
                })
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorMap(CallNotPermittedException.class, e -> {
                    resilience.watchBreaker();
                    return new AttemptFailure(request, Failures.circuitOpen(request, resilience.openWait()));
                });
    }

    private Mono<AttemptResponse> attempt(HttpRequest request, int attempt) {
        events.attemptStarted(request, attempt);
        long start = System.nanoTime();
        return messages.toNetty(request)
                .response((response, content) -> messages.read(request, response, content))
                .single()
                .map(r -> {
                    Duration elapsed = since(start);
                    logResponse(request, attempt, r, elapsed);
                    events.responseReceived(request, attempt, r, elapsed);
                    return new AttemptResponse(request, r);
                })
                .onErrorMap(e -> {
                    Throwable failure = Failures.map(e, request, options, attempt);
                    Duration elapsed = since(start);
                    if (LOG.isDebugEnabled()) {
                        // Only the method, the path and the failure's own message: never headers or the body.
                        LOG.debug(
                                "{} attempt {} failed after {} ms: {}",
                                Failures.describe(request),
                                attempt,
                                elapsed.toMillis(),
                                failure.toString());
                    }
                    events.attemptFailed(request, attempt, failure, elapsed);
                    return new AttemptFailure(request, failure);
                });
    }

    /** Error statuses at DEBUG (they explain retries and failures), successes at TRACE (one per call). */
    private static void logResponse(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
        boolean success = response.isSuccessful();
        if (success ? LOG.isTraceEnabled() : LOG.isDebugEnabled()) {
            String line = "{} attempt {} -> HTTP {} in {} ms";
            Object[] args = {Failures.describe(request), attempt, response.status(), elapsed.toMillis()};
            if (success) {
                LOG.trace(line, args);
            } else {
                LOG.debug(line, args);
            }
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
