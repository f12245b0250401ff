package ai.vobiz.transport.netty;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.resilience4j.AttemptResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

/**
 * One asynchronous call: the future {@link NettyTransport#sendAsync} returns, subscribed to the call's attempts. It
 * unwraps the outcome, enforces the whole-call deadline and, when cancelled, cancels the exchange. That is what
 * {@link NettyTransport#exchange} does with operators (map, onErrorMap, timeout, toFuture); doing it here spares every
 * call four operators.
 */
final class Exchange extends CompletableFuture<HttpResponse> implements CoreSubscriber<AttemptResponse>, CallInFlight {
    private static final AtomicReferenceFieldUpdater<Exchange, Subscription> SUBSCRIPTION =
            AtomicReferenceFieldUpdater.newUpdater(Exchange.class, Subscription.class, "subscription");

    private final HttpRequest request;
    private final TransportOptions options;
    private final Attempts attempts;
    private final DeadlineTimer.@Nullable Entry deadline;
    private final Set<CallInFlight> inFlight;
    private volatile @Nullable Subscription subscription;

    /**
     * Arms the call's deadline; on a closed timer (a closed transport) the call fails at once.
     *
     * @param inFlight the transport's calls not yet ended, which this one leaves when it ends
     */
    Exchange(
            HttpRequest request,
            TransportOptions options,
            Attempts attempts,
            DeadlineTimer deadlines,
            Set<CallInFlight> inFlight) {
        this.request = request;
        this.options = options;
        this.attempts = attempts;
        this.inFlight = inFlight;
        DeadlineTimer.Entry entry = null;
        try {
            entry = deadlines.schedule(DeadlineTimer.deadlineAfter(options.callTimeout()), this::expire);
        } catch (IllegalStateException closedMeanwhile) {
            super.completeExceptionally(Failures.closed());
        }
        this.deadline = entry;
    }

    @Override
    public void onSubscribe(Subscription s) {
        if (Operators.setOnce(SUBSCRIPTION, this, s)) {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(AttemptResponse last) {
        complete(attempts.finalResponse(last));
        disarm();
    }

    @Override
    public void onError(Throwable failure) {
        completeExceptionally(attempts.finalFailure(failure));
        disarm();
    }

    @Override
    public void onComplete() {
        if (!isDone()) {
            // Cannot happen (one attempt emits exactly one response or fails); never leave a caller waiting.
            completeExceptionally(
                    new IllegalStateException(Failures.describe(request) + " completed without a response"));
        }
        disarm();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            Operators.terminate(SUBSCRIPTION, this);
            disarm();
        }
        return cancelled;
    }

    private void expire() {
        if (completeExceptionally(Failures.callTimeout(request, options))) {
            Operators.terminate(SUBSCRIPTION, this);
            inFlight.remove(this);
        }
    }

    /**
     * The transport is closing: the call ends now with a {@link java.util.concurrent.CancellationException} (so the
     * future reports itself cancelled) and its attempts stop, a pending retry included.
     */
    @Override
    public void closedMeanwhile() {
        if (completeExceptionally(Failures.closedWhileRunning(request))) {
            Operators.terminate(SUBSCRIPTION, this);
            disarm();
        }
    }

    private void disarm() {
        inFlight.remove(this);
        DeadlineTimer.Entry entry = deadline;
        if (entry != null) {
            entry.cancel();
        }
    }
}
