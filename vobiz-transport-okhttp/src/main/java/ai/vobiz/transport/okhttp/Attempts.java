package ai.vobiz.transport.okhttp;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.TransportException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.resilience4j.AttemptFailure;
import ai.vobiz.resilience4j.AttemptResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attempts of one call: each behind the circuit breaker, judged by the transport's retry, until the final response
 * or failure. A blocking call runs them on the caller's thread with {@link Call#execute()} ({@link #runBlocking}); an
 * asynchronous one with {@link Call#enqueue} ({@link #start}), its waits between attempts scheduled on the transport's
 * timer thread, so no thread sleeps on behalf of a call that waits to retry.
 */
final class Attempts {
    private static final Logger LOG = LoggerFactory.getLogger(OkHttpTransport.class);

    private final OkHttpClient client;
    private final Messages messages;
    private final TransportOptions options;
    private final TransportEvents events;
    private final Resilience resilience;
    private final ScheduledExecutorService scheduler;

    Attempts(
            OkHttpClient client,
            Messages messages,
            TransportOptions options,
            TransportEvents events,
            Resilience resilience,
            ScheduledExecutorService scheduler) {
        this.client = client;
        this.messages = messages;
        this.options = options;
        this.events = events;
        this.resilience = resilience;
        this.scheduler = scheduler;
    }

    /**
     * Runs a blocking call's attempts on the caller's thread until the final response, which it returns, or the final
     * failure, which it throws; a retry waits on that same thread, never past the call deadline.
     */
    HttpResponse runBlocking(Exchange x) {
        HttpRequest request = x.request;
        while (true) {
            if (x.abandoned) {
                throw Failures.closedWhileRunning(request);
            }
            long remaining = x.deadline - System.nanoTime();
            if (remaining <= 0) {
                throw Failures.callTimeout(request, options, null);
            }
            if (!resilience.tryAcquire()) {
                CircuitOpenException open = Failures.circuitOpen(request, resilience.openWait());
                judgeRejected(x, open);
                throw open;
            }
            AttemptTag tag = new AttemptTag(request);
            Call call = newCall(x, tag);
            long start = System.nanoTime();
            HttpResponse response = null;
            TransportException failure = null;
            try (Response r = call.execute()) {
                response = Messages.read(r, request, options);
            } catch (TransportException e) {
                failure = e;
            } catch (IOException e) {
                if (x.abandoned) {
                    resilience.release();
                    throw Failures.closedWhileRunning(request);
                }
                if (Thread.currentThread().isInterrupted()) {
                    // okio reports an interrupted caller as InterruptedIOException: that is a cancellation.
                    resilience.release();
                    throw new CancellationException("interrupted during " + request.method() + " " + request.uri());
                }
                failure = Failures.classify(e, request, tag.connected(), x.deadlinePassed(), options, x.attempt);
            } catch (RuntimeException | Error e) {
                resilience.release();
                throw e;
            }
            long elapsed = System.nanoTime() - start;
            long delayMillis;
            String last;
            if (response != null) {
                delayMillis = judgeResponse(x, response, elapsed);
                if (delayMillis < 0) {
                    return response;
                }
                last = "status " + response.status();
            } else {
                delayMillis = judgeFailure(x, failure, elapsed);
                if (delayMillis < 0) {
                    throw failure;
                }
                last = failure.getClass().getSimpleName();
            }
            Duration wait = Duration.ofMillis(delayMillis);
            if (System.nanoTime() + wait.toNanos() - x.deadline >= 0) {
                throw Failures.deadlineBeforeRetry(request, options, wait, last, x.attempt);
            }
            announceRetry(x, wait, last);
            try {
                // The caller's own thread waits: that is what a blocking call means.
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(
                        "interrupted while waiting to retry " + request.method() + " " + request.uri());
            }
        }
    }

    /** Starts an asynchronous call's next attempt, unless its result is already decided. */
    void start(Exchange x) {
        CompletableFuture<HttpResponse> result = x.result;
        if (result == null || result.isDone()) {
            return;
        }
        try {
            long remaining = x.deadline - System.nanoTime();
            if (remaining <= 0) {
                x.expire();
                return;
            }
            if (!resilience.tryAcquire()) {
                CircuitOpenException open = Failures.circuitOpen(x.request, resilience.openWait());
                judgeRejected(x, open);
                result.completeExceptionally(open);
                return;
            }
            AttemptTag tag = new AttemptTag(x.request);
            Call call = newCall(x, tag);
            long start = System.nanoTime();
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    finishAttempt(x, start, null, e, tag);
                }

                @Override
                public void onResponse(Call c, Response r) {
                    HttpResponse response;
                    try (r) {
                        response = Messages.read(r, x.request, options);
                    } catch (TransportException e) {
                        finishAttempt(x, start, null, e, tag);
                        return;
                    } catch (IOException e) {
                        finishAttempt(x, start, null, e, tag);
                        return;
                    } catch (RuntimeException | Error e) {
                        resilience.release();
                        result.completeExceptionally(e);
                        return;
                    }
                    finishAttempt(x, start, response, null, tag);
                }
            });
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** Called on an OkHttp thread when an attempt ends, with either a response or a failure. */
    private void finishAttempt(
            Exchange x, long start, @Nullable HttpResponse response, @Nullable Exception failure, AttemptTag tag) {
        CompletableFuture<HttpResponse> result = Objects.requireNonNull(x.result);
        long elapsed = System.nanoTime() - start;
        try {
            if (result.isDone()) {
                if (result.isCancelled() || x.abandoned) {
                    resilience.release();
                } else {
                    // The deadline timer completed the call and cancelled this attempt: that counts as a timeout.
                    resilience.recordFailure(elapsed, Failures.callTimeout(x.request, options, null));
                }
                return;
            }
            long delayMillis;
            String last;
            if (response != null) {
                delayMillis = judgeResponse(x, response, elapsed);
                if (delayMillis < 0) {
                    result.complete(response);
                    return;
                }
                last = "status " + response.status();
            } else {
                TransportException typed = failure instanceof TransportException t
                        ? t
                        : Failures.classify(
                                (IOException) Objects.requireNonNull(failure),
                                x.request,
                                tag.connected(),
                                x.deadlinePassed(),
                                options,
                                x.attempt);
                delayMillis = judgeFailure(x, typed, elapsed);
                if (delayMillis < 0) {
                    result.completeExceptionally(typed);
                    return;
                }
                last = typed.getClass().getSimpleName();
            }
            Duration wait = Duration.ofMillis(delayMillis);
            if (System.nanoTime() + wait.toNanos() - x.deadline >= 0) {
                result.completeExceptionally(Failures.deadlineBeforeRetry(x.request, options, wait, last, x.attempt));
                return;
            }
            announceRetry(x, wait, last);
            x.pendingRetry = scheduler.schedule(() -> start(x), delayMillis, TimeUnit.MILLISECONDS);
            if (result.isDone()) {
                x.pendingRetry.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(Failures.closed());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** The attempt's call; if it cannot be created, the breaker permission just acquired is given back. */
    private Call newCall(Exchange x, AttemptTag tag) {
        Call call;
        try {
            call = client.newCall(messages.toOkHttp(x.request, tag));
        } catch (RuntimeException e) {
            resilience.release();
            throw e;
        }
        // The whole-call deadline is the transport's DeadlineTimer (it cancels the call), not OkHttp's call timeout:
        // that one arms Okio's watchdog thread, waking it on every call.
        x.attempt++;
        x.call = call;
        if (x.abandoned) {
            call.cancel();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sending {} (attempt {})", x.request, x.attempt);
        }
        int attempt = x.attempt;
        events.attemptStarted(x.request, attempt);
        return call;
    }

    /** Records the response and asks the retry: a delay in milliseconds, or -1 when this response is final. */
    private long judgeResponse(Exchange x, HttpResponse response, long elapsedNanos) {
        resilience.recordResponse(elapsedNanos, response);
        int attempt = x.attempt;
        Duration elapsed = Duration.ofNanos(elapsedNanos);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} -> {} in {} ms (attempt {})",
                    x.request.method(),
                    x.request.uri(),
                    response,
                    elapsed.toMillis(),
                    attempt);
        }
        events.responseReceived(x.request, attempt, response, elapsed);
        long delay = x.retryContext.onResult(new AttemptResponse(x.request, response));
        if (delay < 0) {
            x.retryContext.onComplete();
        }
        return delay;
    }

    /** Records the failure and asks the retry: a delay in milliseconds, or -1 when this failure is final. */
    private long judgeFailure(Exchange x, TransportException failure, long elapsedNanos) {
        resilience.recordFailure(elapsedNanos, failure);
        int attempt = x.attempt;
        Duration elapsed = Duration.ofNanos(elapsedNanos);
        LOG.debug("Attempt {} failed: {}", attempt, failure.getMessage());
        events.attemptFailed(x.request, attempt, failure, elapsed);
        return x.retryContext.onError(new AttemptFailure(x.request, failure));
    }

    /** The breaker refused the attempt; Resilience4j's retry still sees it (and never retries it). */
    private void judgeRejected(Exchange x, CircuitOpenException open) {
        LOG.debug("{}", open.getMessage());
        x.retryContext.onError(new AttemptFailure(x.request, open));
    }

    private void announceRetry(Exchange x, Duration wait, String last) {
        int next = x.attempt + 1;
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "Retrying {} {} in {} ms after {} (attempt {} next)",
                    x.request.method(),
                    x.request.uri(),
                    wait.toMillis(),
                    last,
                    next);
        }
        events.retryScheduled(x.request, next, wait, last);
    }
}
