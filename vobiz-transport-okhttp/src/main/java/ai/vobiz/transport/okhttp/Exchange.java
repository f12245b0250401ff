package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.resilience4j.AttemptResponse;
import io.github.resilience4j.retry.Retry;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * One logical call: its request, deadline and retry context, the attempt in flight, and what to cancel when the
 * deadline passes, the caller cancels or the transport closes. An asynchronous call's caller holds its
 * {@link #result}; a blocking call's caller is the thread running its attempts.
 */
final class Exchange {
    final HttpRequest request;
    final long deadline;
    final Retry.AsyncContext<AttemptResponse> retryContext;
    /** The future of an asynchronous call; null for a blocking one. */
    final @Nullable CompletableFuture<HttpResponse> result;

    private final TransportOptions options;
    private final Set<Exchange> inFlight;
    volatile int attempt;
    volatile @Nullable Call call;
    volatile @Nullable ScheduledFuture<?> pendingRetry;
    volatile DeadlineTimer.@Nullable Entry deadlineGuard;
    volatile boolean abandoned;

    /**
     * @param async whether the caller gets a future ({@link #result}) rather than waiting on its thread
     * @param inFlight the transport's calls in flight, which this one leaves when its result completes
     */
    Exchange(
            HttpRequest request,
            boolean async,
            TransportOptions options,
            Retry.AsyncContext<AttemptResponse> retryContext,
            Set<Exchange> inFlight) {
        this.request = request;
        this.options = options;
        this.inFlight = inFlight;
        this.deadline = DeadlineTimer.deadlineAfter(options.callTimeout());
        this.retryContext = retryContext;
        this.result = async ? new AsyncResult(this) : null;
    }

    boolean deadlinePassed() {
        return System.nanoTime() - deadline >= 0;
    }

    /**
     * The deadline passed: an async call fails at once and its attempt stops; a blocking call's attempt is cancelled,
     * and the caller's thread reports the timeout.
     */
    void expire() {
        if (result == null) {
            Call c = call;
            if (c != null) {
                c.cancel();
            }
        } else if (result.completeExceptionally(Failures.callTimeout(request, options, null))) {
            cancelWork();
        }
    }

    /** The transport is closing: the call ends as cancelled, its attempt and any pending retry stop. */
    void abandon() {
        abandoned = true;
        if (result != null) {
            result.completeExceptionally(Failures.closedWhileRunning(request));
        } else {
            Call c = call;
            if (c != null) {
                c.cancel();
            }
        }
    }

    /** The call is over, however: drop its deadline, and stop an async call's work when it was cancelled. */
    void finished() {
        inFlight.remove(this);
        DeadlineTimer.Entry guard = deadlineGuard;
        if (guard != null) {
            guard.cancel();
        }
        if (result != null && result.isCancelled()) {
            cancelWork();
        }
    }

    private void cancelWork() {
        ScheduledFuture<?> pending = pendingRetry;
        if (pending != null) {
            pending.cancel(false);
        }
        Call c = call;
        if (c != null) {
            c.cancel();
        }
    }

    /**
     * The future {@link OkHttpTransport#sendAsync} returns. However it completes (response, failure, deadline, the
     * caller's cancel), its exchange is {@linkplain Exchange#finished() finished} once the future's dependents have
     * run, as a {@code whenComplete} stage registered first would be, but without a stage of its own on every call.
     */
    private static final class AsyncResult extends CompletableFuture<HttpResponse> {
        private final Exchange exchange;

        AsyncResult(Exchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public boolean complete(HttpResponse value) {
            return finishedIf(super.complete(value));
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            return finishedIf(super.completeExceptionally(failure));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return finishedIf(super.cancel(mayInterruptIfRunning));
        }

        private boolean finishedIf(boolean completedNow) {
            if (completedNow) {
                exchange.finished();
            }
            return completedNow;
        }
    }
}
