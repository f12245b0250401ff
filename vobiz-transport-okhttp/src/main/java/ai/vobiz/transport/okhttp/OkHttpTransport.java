package ai.vobiz.transport.okhttp;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.TransportException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.resilience4j.AttemptFailure;
import ai.vobiz.resilience4j.AttemptResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vobiz {@link HttpTransport} on OkHttp 5, applying core's resilience policy with Resilience4j.
 *
 * <ul>
 *   <li>{@link #send} runs on the caller's thread with {@link Call#execute()}; a retry waits on that same thread,
 *       never past the call deadline. {@link #sendAsync} uses {@link Call#enqueue}: OkHttp's dispatcher runs the
 *       exchange, and waits between attempts are scheduled on a single daemon timer thread owned by the transport, so
 *       no thread sleeps or blocks on behalf of a call that is waiting to retry.
 *   <li>Retries and circuit breaking: one Resilience4j {@code Retry} and one {@code CircuitBreaker} per transport
 *       (so per client), configured from {@link TransportOptions#resilience()}; the policy decides what is retried
 *       and when, honouring {@code Retry-After}. Every attempt is one call for the breaker.
 *   <li>OkHttp's own recovery is switched off: {@code retryOnConnectionFailure(false)} (OkHttp would otherwise
 *       silently re-send a request, a money-moving POST included, on a stale pooled connection),
 *       {@code followRedirects(false)} and {@code followSslRedirects(false)} (a redirect is returned as a response and
 *       credentials never travel to another host). A network interceptor also refuses a second exchange of a
 *       non-idempotent request within one attempt, which OkHttp would otherwise make after a
 *       {@code 503 Retry-After: 0} or an authenticator challenge.
 *   <li>Timeouts: connect and read per attempt ({@code writeTimeout} follows the read timeout); the call timeout is a
 *       deadline across attempts and waits, enforced with OkHttp's per-call timeout and, for asynchronous calls, a
 *       timer that also covers time queued in the dispatcher.
 *   <li>Bodies above {@link TransportOptions#maxResponseBytes()} fail with
 *       {@link ai.vobiz.error.ResponseTooLargeException}, checked on {@code Content-Length} and while reading.
 *   <li>Cancelling a future returned by {@link #sendAsync} cancels the OkHttp call and any scheduled retry.
 * </ul>
 *
 * <p>Create one through {@link OkHttpTransportProvider} (found by {@link java.util.ServiceLoader}), or with
 * {@link #create(TransportOptions, OkHttpClient)} to reuse an {@link OkHttpClient} of your own. Thread-safe.
 */
public final class OkHttpTransport implements HttpTransport {
    /** Every thread a transport starts has a name starting with this. */
    public static final String THREAD_NAME_PREFIX = "vobiz-okhttp-";

    /** Concurrent calls allowed by the dispatcher of a transport-owned client (OkHttp's default is 5 per host). */
    static final int MAX_CONCURRENT_CALLS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpTransport.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** The id of the transport whose executor runs the current thread, if any. */
    private static final ThreadLocal<String> OWNER = new ThreadLocal<>();

    private final String id;
    private final OkHttpClient client;
    private final @Nullable ExecutorService ownedDispatcherExecutor;
    private final TransportOptions options;
    private final TransportEvents events;
    private final Resilience resilience;
    private final Messages messages = new Messages();
    private final ScheduledThreadPoolExecutor scheduler;
    /** Whole-call deadlines: armed on every call and almost always cancelled, so they must wake no thread. */
    private final DeadlineTimer deadlines;

    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private OkHttpTransport(TransportOptions options, @Nullable OkHttpClient userClient) {
        this.options = Objects.requireNonNull(options, "options");
        this.events = options.events();
        this.id = THREAD_NAME_PREFIX + SEQUENCE.incrementAndGet();
        OkHttpClient.Builder builder;
        if (userClient == null) {
            ThreadPoolExecutor executor = new ThreadPoolExecutor(
                    0,
                    Integer.MAX_VALUE,
                    60,
                    TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    daemonThreads(id + "-dispatcher-"));
            Dispatcher dispatcher = new Dispatcher(executor);
            dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
            dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
            this.ownedDispatcherExecutor = executor;
            builder = new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(new ConnectionPool());
        } else {
            // newBuilder() shares the user's dispatcher, connection pool, proxy, TLS and interceptors.
            this.ownedDispatcherExecutor = null;
            builder = userClient.newBuilder();
        }
        this.client = builder.connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(AttemptTag.INTERCEPTOR)
                .build();
        this.resilience = new Resilience(id, options.resilience(), events);
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads(id + "-timer-"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.deadlines = new DeadlineTimer(id + "-deadline");
    }

    /** A transport with its own OkHttp client (connection pool and dispatcher), released by {@link #close()}. */
    public static OkHttpTransport create(TransportOptions options) {
        return new OkHttpTransport(options, null);
    }

    /**
     * A transport built on your client: it derives a client with {@link OkHttpClient#newBuilder()}, so your
     * connection pool, dispatcher, proxy, TLS settings and interceptors are kept, and overrides the timeouts from
     * {@code options}, redirects (off) and {@code retryOnConnectionFailure} (off; see the class description).
     * {@link #close()} leaves your client's pool and dispatcher running.
     */
    public static OkHttpTransport create(TransportOptions options, OkHttpClient client) {
        return new OkHttpTransport(options, Objects.requireNonNull(client, "client"));
    }

    @Override
    public String name() {
        return "okhttp";
    }

    /** The Resilience4j retry shared by every call of this transport, for metrics and events. */
    public Retry retry() {
        return resilience.retry();
    }

    /** The circuit breaker, unless the policy disables it. */
    public Optional<CircuitBreaker> circuitBreaker() {
        return Optional.ofNullable(resilience.breaker());
    }

    /** Connections in the client's pool (tests check that close() evicts those of an owned pool). */
    int pooledConnectionCount() {
        return client.connectionPool().connectionCount();
    }

    // ---- synchronous -------------------------------------------------------------------------------------------

    @Override
    public HttpResponse send(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        ensureOpen();
        Exchange x = new Exchange(request, false);
        inFlight.add(x);
        try {
            x.deadlineGuard = deadlines.schedule(x.deadline, x::expire);
        } catch (IllegalStateException closedMeanwhile) {
            inFlight.remove(x);
            throw closedError();
        }
        try {
            while (true) {
                if (x.abandoned) {
                    throw closedWhileRunning(request);
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
                        throw closedWhileRunning(request);
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        // okio reports an interrupted caller as InterruptedIOException: that is a cancellation.
                        resilience.release();
                        throw new CancellationException("interrupted during " + request.method() + " " + request.uri());
                    }
                    failure = Failures.classify(e, request, tag.connected(), x.deadlinePassed(), options);
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
                    throw Failures.deadlineBeforeRetry(request, options, wait, last);
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
        } finally {
            inFlight.remove(x);
            x.deadlineGuard.cancel();
        }
    }

    // ---- asynchronous ------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedError());
        }
        Exchange x = new Exchange(request, true);
        CompletableFuture<HttpResponse> result = Objects.requireNonNull(x.result);
        inFlight.add(x);
        try {
            x.deadlineGuard = deadlines.schedule(x.deadline, x::expire);
        } catch (IllegalStateException closedMeanwhile) {
            result.completeExceptionally(closedError());
            return result;
        }
        startAttempt(x);
        return result;
    }

    private void startAttempt(Exchange x) {
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
                                options);
                delayMillis = judgeFailure(x, typed, elapsed);
                if (delayMillis < 0) {
                    result.completeExceptionally(typed);
                    return;
                }
                last = typed.getClass().getSimpleName();
            }
            Duration wait = Duration.ofMillis(delayMillis);
            if (System.nanoTime() + wait.toNanos() - x.deadline >= 0) {
                result.completeExceptionally(Failures.deadlineBeforeRetry(x.request, options, wait, last));
                return;
            }
            announceRetry(x, wait, last);
            x.pendingRetry = scheduler.schedule(() -> startAttempt(x), delayMillis, TimeUnit.MILLISECONDS);
            if (result.isDone()) {
                x.pendingRetry.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(closedError());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    // ---- shared steps ------------------------------------------------------------------------------------------

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
        notify(() -> events.attemptStarted(x.request, attempt));
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
        notify(() -> events.responseReceived(x.request, attempt, response, elapsed));
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
        notify(() -> events.attemptFailed(x.request, attempt, failure, elapsed));
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
        notify(() -> events.retryScheduled(x.request, next, wait, last));
    }

    private static void notify(Runnable observer) {
        try {
            observer.run();
        } catch (RuntimeException e) {
            LOG.warn("A TransportEvents observer threw; ignored", e);
        }
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------

    /**
     * Cancels the calls still running (their futures complete with a {@link CancellationException}) and releases
     * what the transport owns: its timer thread and, for a transport-owned client, the dispatcher's threads and the
     * pooled connections. A client passed to {@link #create(TransportOptions, OkHttpClient)} stays usable.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange x : inFlight) {
            x.abandon();
        }
        scheduler.shutdownNow();
        deadlines.close();
        if (ownedDispatcherExecutor != null) {
            client.dispatcher().cancelAll();
            ownedDispatcherExecutor.shutdown();
            client.connectionPool().evictAll();
        }
        // Never wait for our own executors from one of their threads (close() called from a callback).
        if (!id.equals(OWNER.get())) {
            awaitQuietly(scheduler);
            if (ownedDispatcherExecutor != null) {
                awaitQuietly(ownedDispatcherExecutor);
            }
        }
        LOG.debug("Closed OkHttp transport {}", id);
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw closedError();
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("This Vobiz OkHttp transport is closed");
    }

    private static CancellationException closedWhileRunning(HttpRequest request) {
        return new CancellationException(
                request.method() + " " + request.uri() + ": cancelled because the transport was closed");
    }

    private ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        String owner = id;
        return r -> {
            // Marked by a thread-local rather than by name: OkHttp renames dispatcher threads while they run a call.
            Thread t = new Thread(
                    () -> {
                        OWNER.set(owner);
                        r.run();
                    },
                    prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "OkHttpTransport{" + id + ", connectTimeout=" + options.connectTimeout() + ", readTimeout="
                + options.readTimeout() + ", callTimeout=" + options.callTimeout() + ", maxResponseBytes="
                + options.maxResponseBytes() + ", ownsClient=" + (ownedDispatcherExecutor != null) + "}";
    }

    /**
     * The future {@link #sendAsync} returns. However it completes (response, failure, deadline, the caller's cancel),
     * its exchange is {@linkplain Exchange#finished() finished} once the future's dependents have run, as a
     * {@code whenComplete} stage registered first would be, but without a stage of its own on every call.
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

    /** One logical call: its deadline, its retry context, and what to cancel. */
    private final class Exchange {
        final HttpRequest request;
        final long deadline;
        final Retry.AsyncContext<AttemptResponse> retryContext;
        final @Nullable CompletableFuture<HttpResponse> result;
        volatile int attempt;
        volatile @Nullable Call call;
        volatile @Nullable ScheduledFuture<?> pendingRetry;
        volatile DeadlineTimer.@Nullable Entry deadlineGuard;
        volatile boolean abandoned;

        /** @param async whether the caller gets a future ({@link #result}) rather than waiting on its thread */
        Exchange(HttpRequest request, boolean async) {
            this.request = request;
            this.deadline = DeadlineTimer.deadlineAfter(options.callTimeout());
            this.retryContext = resilience.newContext();
            this.result = async ? new AsyncResult(this) : null;
        }

        boolean deadlinePassed() {
            return System.nanoTime() - deadline >= 0;
        }

        /**
         * The deadline passed: an async call fails at once and its attempt stops; a blocking call's attempt is
         * cancelled, and the caller's thread reports the timeout.
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

        /** The transport is closing. */
        void abandon() {
            abandoned = true;
            if (result != null) {
                result.cancel(false);
            } else {
                Call c = call;
                if (c != null) {
                    c.cancel();
                }
            }
        }

        /** The async result completed, however: drop timers, and stop the exchange when it was cancelled. */
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
    }
}
