package ai.vobiz.testkit.server;

import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.fault.Fault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An {@link HttpTransport} that hands requests straight to the fake's handlers: no socket, same state, same journal,
 * same faults. Socket-level faults become the errors a real transport would report: {@code CloseConnection} and
 * {@code TruncateBody} a {@link NetworkIOException}; {@code StallBody} a {@link TimeoutExceededException} (READ) when
 * the stall reaches the read timeout, else a {@link NetworkIOException}; {@code OversizedBody} beyond
 * {@code maxResponseBytes} a {@link ResponseTooLargeException}. The URI's scheme and host are ignored.
 *
 * <p>Retries follow {@link TransportOptions#resilience()}'s retry policy (attempts, retryable statuses and failures,
 * backoff, Retry-After), so a fault scoped to one request is retried like over HTTP, and the call timeout ends the
 * whole call with a {@link TimeoutExceededException} (CALL); a {@code Delay} reaching the read timeout fails with a
 * READ timeout. The circuit breaker is not applied. Waits never block a thread.
 */
public final class InProcessTransport implements HttpTransport {
    private final FakeApi api;
    private final Pauses pauses;
    private final TransportOptions options;

    InProcessTransport(FakeApi api, Pauses pauses, TransportOptions options) {
        this.api = api;
        this.pauses = pauses;
        this.options = options;
    }

    @Override
    public String name() {
        return "in-process";
    }

    public TransportOptions options() {
        return options;
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        Duration callTimeout = options.callTimeout();
        Runnable cancelDeadline = pauses.schedule(
                () -> result.completeExceptionally(new TimeoutExceededException(
                        TimeoutExceededException.Phase.CALL,
                        callTimeout,
                        "in-process: the call took longer than " + callTimeout.toMillis() + " ms",
                        null)),
                callTimeout);
        result.whenComplete((r, e) -> cancelDeadline.run());
        attempt(request, 1, result);
        return result;
    }

    private void attempt(HttpRequest request, int attempt, CompletableFuture<HttpResponse> result) {
        if (result.isDone()) {
            return; // cancelled meanwhile
        }
        options.events().attemptStarted(request, attempt);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse> once;
        try {
            once = exchange(request);
        } catch (RuntimeException e) {
            once = CompletableFuture.failedFuture(e);
        }
        once.whenComplete((response, failure) -> {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            RetryPolicy retry = options.resilience().retry();
            Throwable f = unwrap(failure);
            boolean again;
            Duration delay;
            if (f == null) {
                options.events().responseReceived(request, attempt, response, elapsed);
                again = attempt < retry.maxAttempts() && retry.shouldRetry(request, response);
                delay = again ? retry.delayBeforeRetry(attempt, response) : Duration.ZERO;
            } else {
                options.events().attemptFailed(request, attempt, f, elapsed);
                again = attempt < retry.maxAttempts() && retry.shouldRetry(request, f);
                delay = again ? retry.delayBeforeRetry(attempt, null) : Duration.ZERO;
            }
            if (!again) {
                if (f == null) {
                    result.complete(response);
                } else {
                    result.completeExceptionally(f);
                }
                return;
            }
            options.events()
                    .retryScheduled(
                            request, attempt + 1, delay, f == null ? "status " + response.status() : f.toString());
            pauses.after(pauses.ticket(), delay).thenRun(() -> attempt(request, attempt + 1, result));
        });
    }

    private CompletableFuture<HttpResponse> exchange(HttpRequest request) {
        Pauses.Ticket ticket = pauses.ticket();
        Outcome outcome =
                api.handle(FakeRequest.of(request.method().name(), request.uri(), request.headers(), request.body()));
        Fault fault = outcome.fault();
        FakeResponse r = outcome.response();
        if (fault == null) {
            return CompletableFuture.completedFuture(toResponse(r, r.body()));
        }
        if (fault instanceof Fault.Delay d) {
            if (d.delay().compareTo(options.readTimeout()) >= 0) {
                return readTimeout(ticket);
            }
            return pauses.after(ticket, d.delay()).thenApply(v -> toResponse(r, r.body()));
        }
        if (fault instanceof Fault.CloseConnection) {
            return CompletableFuture.failedFuture(new NetworkIOException(
                    "in-process: the fake server closed the connection without a response", null));
        }
        if (fault instanceof Fault.TruncateBody) {
            return CompletableFuture.failedFuture(new NetworkIOException(
                    "in-process: the response body ended before its declared Content-Length", null));
        }
        if (fault instanceof Fault.StallBody s) {
            if (s.stall().compareTo(options.readTimeout()) >= 0) {
                return readTimeout(ticket);
            }
            return pauses.after(ticket, s.stall()).thenApply(v -> {
                throw new CompletionException(new NetworkIOException(
                        "in-process: the fake server stalled, then closed the connection mid-body", null));
            });
        }
        if (fault instanceof Fault.OversizedBody o) {
            long limit = options.maxResponseBytes();
            if (o.bytes() > limit || o.bytes() > Integer.MAX_VALUE - 16) {
                return CompletableFuture.failedFuture(new ResponseTooLargeException(
                        limit, "in-process: response body of " + o.bytes() + " bytes exceeds the limit of " + limit));
            }
            return CompletableFuture.completedFuture(toResponse(r, OversizedBodies.bytes((int) o.bytes())));
        }
        return CompletableFuture.completedFuture(toResponse(r, r.body()));
    }

    /** Fails with a READ timeout once the read timeout has passed (or the wait was released). */
    private CompletableFuture<HttpResponse> readTimeout(Pauses.Ticket ticket) {
        Duration readTimeout = options.readTimeout();
        return pauses.after(ticket, readTimeout).thenApply(v -> {
            throw new CompletionException(new TimeoutExceededException(
                    TimeoutExceededException.Phase.READ,
                    readTimeout,
                    "in-process: no response bytes for " + readTimeout.toMillis() + " ms",
                    null));
        });
    }

    private static HttpResponse toResponse(FakeResponse r, byte[] body) {
        return HttpResponse.of(r.status(), r.headers(), body);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable f = t;
        while (f instanceof CompletionException && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }

    @Override
    public String toString() {
        return "InProcessTransport{" + options + "}";
    }
}
