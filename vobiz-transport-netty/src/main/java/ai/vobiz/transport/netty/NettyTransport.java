package ai.vobiz.transport.netty;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.resilience4j.AttemptFailure;
import ai.vobiz.resilience4j.AttemptResponse;
import ai.vobiz.resilience4j.BreakerWatch;
import ai.vobiz.resilience4j.Resilience4jConfigs;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.retry.Retry;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.netty.ByteBufFlux;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The Vobiz transport on reactor-netty: non-blocking from the socket to the returned {@link Mono} or
 * {@link CompletableFuture}. It applies the client's {@link ResiliencePolicy} with resilience4j-reactor (a retry per
 * call, one circuit breaker per transport), the connect and read timeouts per attempt, and the call timeout as a
 * deadline over all attempts and backoff. Redirects are never followed and bodies above the size cap are abandoned.
 *
 * <p>By default it owns a dedicated event-loop group (threads named {@link #threadNamePrefix()}{@code -…}) and a
 * connection pool, both released by {@link #close()}. A {@link ConnectionProvider}, {@link LoopResources} or
 * {@link HttpClient} handed to the {@link Builder} stays the caller's: it is used, never disposed.
 *
 * <pre>{@code
 * NettyTransport transport = NettyTransport.builder().options(TransportOptions.defaults()).build();
 * Mono<HttpResponse> response = transport.exchange(request);   // reactive
 * CompletableFuture<HttpResponse> future = transport.sendAsync(request);
 * }</pre>
 *
 * <p>{@link #send(HttpRequest)} blocks its caller and therefore refuses to run on a Netty event-loop thread (or any
 * Reactor non-blocking thread), where blocking would stall every connection that loop serves.
 */
public final class NettyTransport implements HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(NettyTransport.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final TransportOptions options;
    private final HttpClient client;
    private final @Nullable ConnectionProvider ownedProvider;
    private final @Nullable LoopResources ownedLoops;
    private final String threadNamePrefix;
    private final int eventLoopThreads;
    private final @Nullable CircuitBreaker circuitBreaker;
    /** Breaker transitions, read off the breaker as calls go through it (see {@link BreakerWatch} for why). */
    private final @Nullable BreakerWatch breakerState;

    private volatile @Nullable ClientForHeaders lastHeaders;
    /** One retry for every call (each subscription gets its own context); null when the policy allows one attempt. */
    private final @Nullable Retry retry;

    private final AtomicBoolean closed = new AtomicBoolean();
    /** Whole-call deadlines: armed on every call and almost always cancelled, so they must wake no thread. */
    private final DeadlineTimer deadlines;

    private NettyTransport(Builder b) {
        this.options = b.options;
        this.eventLoopThreads = b.eventLoopThreads;
        this.threadNamePrefix =
                b.threadNamePrefix != null ? b.threadNamePrefix : "vobiz-netty-" + INSTANCES.incrementAndGet();
        if (b.httpClient != null && b.connectionProvider != null) {
            throw new IllegalStateException(
                    "Give either an HttpClient or a ConnectionProvider, not both: an HttpClient already has its pool");
        }
        ConnectionProvider provider = null;
        LoopResources loops = b.loopResources;
        HttpClient base;
        if (b.httpClient != null) {
            base = b.httpClient;
            this.ownedProvider = null;
            this.ownedLoops = null;
        } else {
            if (b.connectionProvider != null) {
                provider = b.connectionProvider;
                this.ownedProvider = null;
            } else {
                provider = ConnectionProvider.builder(threadNamePrefix)
                        .maxConnections(b.maxConnections)
                        .pendingAcquireMaxCount(b.pendingAcquireMaxCount)
                        .pendingAcquireTimeout(options.callTimeout())
                        .maxIdleTime(b.maxIdleTime)
                        .build();
                this.ownedProvider = provider;
            }
            if (loops == null) {
                loops = LoopResources.create(threadNamePrefix, eventLoopThreads, true);
                this.ownedLoops = loops;
            } else {
                this.ownedLoops = null;
            }
            base = HttpClient.create(provider);
        }
        if (loops != null) {
            base = base.runOn(loops);
        }
        // Applied last so that a user-supplied HttpClient cannot switch them off.
        base = base.followRedirect(false)
                // reactor-netty would otherwise silently resend a request whose connection broke, a POST included.
                .disableRetry(true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, saturatedMillis(options.connectTimeout()));
        this.client = withReadTimeout(base, options.readTimeout());
        this.circuitBreaker = newCircuitBreaker(options);
        this.breakerState = circuitBreaker == null ? null : new BreakerWatch(circuitBreaker, options.events());
        this.retry = newRetry(threadNamePrefix, options);
        this.deadlines = new DeadlineTimer(threadNamePrefix + "-deadline");
    }

    /**
     * The read timeout: on HTTP/1.1 (the default) a {@link ResponseSilenceTimeout} installed once per connection; on
     * any other protocol a user's client may have chosen, reactor-netty's per-request {@code responseTimeout}.
     */
    private static HttpClient withReadTimeout(HttpClient client, Duration readTimeout) {
        HttpProtocol[] protocols = client.configuration().protocols();
        if (protocols.length != 1 || protocols[0] != HttpProtocol.HTTP11) {
            return client.responseTimeout(readTimeout);
        }
        long nanos = DeadlineTimer.saturatedNanos(readTimeout);
        return client.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            ResponseSilenceTimeout handler = new ResponseSilenceTimeout(nanos);
            // Behind the HTTP codec, to see requests and responses rather than bytes.
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, ResponseSilenceTimeout.NAME, handler);
            } else if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
                pipeline.addBefore(NettyPipeline.ReactiveBridge, ResponseSilenceTimeout.NAME, handler);
            } else {
                pipeline.addLast(ResponseSilenceTimeout.NAME, handler);
            }
        });
    }

    /** A builder with {@link TransportOptions#defaults()} and dedicated event loops and pool. */
    public static Builder builder() {
        return new Builder();
    }

    /** A transport applying these options, with its own event loops and pool. */
    public static NettyTransport create(TransportOptions options) {
        return builder().options(options).build();
    }

    /**
     * The reactive core of this transport: a cold {@link Mono} that performs one logical call (attempts, backoff and
     * breaker included) per subscription. Disposing the subscription aborts the exchange in flight and closes its
     * connection. Any HTTP status completes normally; failures are {@link ai.vobiz.error.TransportException}
     * subtypes or {@link CircuitOpenException}.
     */
    public Mono<HttpResponse> exchange(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        return attempts(request)
                .map(this::finalResponse)
                .onErrorMap(this::finalFailure)
                .timeout(deadline(options.callTimeout()), Mono.error(() -> callTimedOut(request)));
    }

    /**
     * The attempts of one call, behind the breaker and under the retry. What they emit (or fail with) may still carry
     * the request; {@link #exchange} and {@link CallFuture} unwrap it.
     */
    private Mono<AttemptResponse> attempts(HttpRequest request) {
        return Mono.defer(() -> {
            if (closed.get()) {
                return Mono.error(closedError());
            }
            AtomicInteger attempts = new AtomicInteger();
            Mono<AttemptResponse> attempt = guardedAttempt(request, attempts);
            Retry r = retry;
            // Every subscription gets its own context of the transport's one Retry (attempt count, metrics).
            return r == null ? attempt : retrying(attempt, r.asyncContext());
        });
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

    private static IllegalStateException closedError() {
        return new IllegalStateException("This NettyTransport is closed");
    }

    private TimeoutExceededException callTimedOut(HttpRequest request) {
        Duration callTimeout = options.callTimeout();
        return new TimeoutExceededException(
                TimeoutExceededException.Phase.CALL,
                callTimeout,
                FailureMapper.describe(request) + ": the call did not complete within the call timeout of "
                        + callTimeout + " (retries and backoff included)",
                null);
    }

    /**
     * Emits once the call timeout has passed since subscription. Armed on the transport's {@link DeadlineTimer}
     * rather than with {@code Mono.timeout(Duration)}, whose timer on Reactor's parallel scheduler wakes a thread on
     * every call.
     */
    private Mono<Long> deadline(Duration callTimeout) {
        return Mono.create(sink -> {
            DeadlineTimer.Entry entry =
                    deadlines.schedule(DeadlineTimer.deadlineAfter(callTimeout), () -> sink.success(0L));
            sink.onDispose(entry::cancel);
        });
    }

    /** Sends without blocking; cancelling the future aborts the exchange. */
    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        CallFuture future = new CallFuture(request);
        if (!future.isDone()) {
            attempts(request).subscribe(future);
        }
        return future;
    }

    /**
     * Sends and waits. Refuses with an {@link IllegalStateException} on an event-loop or other non-blocking thread,
     * where waiting would stall the very loop that must deliver the response.
     */
    @Override
    public HttpResponse send(HttpRequest request) {
        if (isNonBlockingThread()) {
            throw new IllegalStateException("Blocking call on a Netty event-loop (non-blocking) thread '"
                    + Thread.currentThread().getName()
                    + "': use sendAsync/exchange or the async/reactive client instead of send()");
        }
        return HttpTransport.await(sendAsync(request));
    }

    @Override
    public String name() {
        return NettyTransportProvider.NAME;
    }

    /** The options this transport applies. */
    public TransportOptions options() {
        return options;
    }

    /** Prefix of the names of this transport's own event-loop threads and connection pool. */
    public String threadNamePrefix() {
        return threadNamePrefix;
    }

    /** Number of event-loop threads of this transport when it owns its loops. */
    public int eventLoopThreads() {
        return eventLoopThreads;
    }

    /** The configured reactor-netty client (timeouts and no-redirect applied), for advanced use. */
    public HttpClient httpClient() {
        return client;
    }

    /**
     * Releases the pool and the event loops this transport created (waiting briefly for their threads to end when
     * called from a thread that may block). User-supplied resources are left alone. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        deadlines.close();
        Mono<Void> release = Mono.empty();
        if (ownedProvider != null) {
            release = release.then(ownedProvider.disposeLater());
        }
        if (ownedLoops != null) {
            release = release.then(ownedLoops.disposeLater(Duration.ZERO, CLOSE_TIMEOUT));
        }
        if (isNonBlockingThread()) {
            release.subscribe(null, e -> LOG.warn("Releasing Netty resources failed", e));
            return;
        }
        try {
            release.block(CLOSE_TIMEOUT.plusSeconds(1));
        } catch (RuntimeException e) {
            LOG.warn("Releasing Netty resources did not finish cleanly", e);
        }
        if (ownedLoops != null) {
            awaitOwnedThreadsExit();
        }
    }

    /**
     * The loop group reports termination from inside its threads, just before they exit: wait for them, so that
     * nothing of this transport is running once {@code close()} returns.
     */
    private void awaitOwnedThreadsExit() {
        String marker = threadNamePrefix + "-";
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread == Thread.currentThread() || !thread.getName().startsWith(marker)) {
                continue;
            }
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMillis <= 0) {
                return;
            }
            try {
                thread.join(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "NettyTransport{" + threadNamePrefix + ", connectTimeout=" + options.connectTimeout() + ", readTimeout="
                + options.readTimeout() + ", callTimeout=" + options.callTimeout() + "}";
    }

    // ---- one attempt --------------------------------------------------------------------------------------------

    /**
     * One attempt behind the circuit breaker; a rejection becomes {@link CircuitOpenException}. Attempts emit their
     * response, or fail, with the request attached, for the transport's shared retry to judge.
     */
    private Mono<AttemptResponse> guardedAttempt(HttpRequest request, AtomicInteger attempts) {
        CircuitBreaker breaker = circuitBreaker;
        if (breaker == null) {
            return Mono.defer(() -> attempt(request, attempts.incrementAndGet()));
        }
        Duration wait = options.resilience().circuitBreaker().waitDurationInOpenState();
        // Deferred inside the breaker operator: runs once the attempt was permitted (possibly OPEN -> HALF_OPEN).
        return Mono.defer(() -> {
                    watchBreaker();
                    return attempt(request, attempts.incrementAndGet());
                })
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorMap(CallNotPermittedException.class, e -> {
                    watchBreaker();
                    return new AttemptFailure(
                            request,
                            new CircuitOpenException(
                                    "The Vobiz circuit breaker is open after repeated failures; the call to "
                                            + FailureMapper.describe(request) + " was not attempted. Try again in "
                                            + wait + ".",
                                    wait));
                });
    }

    /** The response that ends the call (the breaker has recorded it by now). */
    private HttpResponse finalResponse(AttemptResponse last) {
        watchBreaker();
        return last.response();
    }

    /** The failure that ends the call, unwrapped from its request. */
    private Throwable finalFailure(Throwable last) {
        watchBreaker();
        return AttemptFailure.unwrap(last);
    }

    private void watchBreaker() {
        BreakerWatch watch = breakerState;
        if (watch != null) {
            watch.check();
        }
    }

    private Mono<AttemptResponse> attempt(HttpRequest request, int attempt) {
        TransportEvents events = options.events();
        notify(() -> events.attemptStarted(request, attempt));
        long start = System.nanoTime();
        byte[] body = request.body();
        HttpClient.RequestSender sender = clientWithHeaders(request.headers())
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(
                        request.method().name()))
                .uri(request.uri());
        boolean requiresBody = request.method() == ai.vobiz.port.transport.HttpMethod.POST
                || request.method() == ai.vobiz.port.transport.HttpMethod.PUT
                || request.method() == ai.vobiz.port.transport.HttpMethod.PATCH;
        HttpClient.ResponseReceiver<?> receiver = body == null && !requiresBody
                ? sender
                : sender.send((req, out) -> {
                    int length = body == null ? 0 : body.length;
                    req.requestHeaders().set(HttpHeaderNames.CONTENT_LENGTH, length);
                    return length == 0 ? out : out.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)));
                });
        return receiver.response((response, content) -> readResponse(request, response, content))
                .single()
                .map(r -> {
                    Duration elapsed = since(start);
                    logResponse(request, attempt, r, elapsed);
                    notify(() -> events.responseReceived(request, attempt, r, elapsed));
                    return new AttemptResponse(request, r);
                })
                .onErrorMap(e -> {
                    Throwable failure = FailureMapper.map(e, request, options);
                    Duration elapsed = since(start);
                    if (LOG.isDebugEnabled()) {
                        // Only the method, the path and the failure's own message: never headers or the body.
                        LOG.debug(
                                "{} attempt {} failed after {} ms: {}",
                                FailureMapper.describe(request),
                                attempt,
                                elapsed.toMillis(),
                                failure.toString());
                    }
                    notify(() -> events.attemptFailed(request, attempt, failure, elapsed));
                    return new AttemptFailure(request, failure);
                });
    }

    /**
     * The client sending these headers, ours replacing reactor-netty's defaults of the same name (User-Agent,
     * Accept...), all values kept. Every call of an SDK client carries the same header block, so the derived client is
     * kept for the last block seen instead of being derived, or the headers copied into the request, on every call.
     */
    private HttpClient clientWithHeaders(ai.vobiz.port.transport.HttpHeaders headers) {
        ClientForHeaders last = lastHeaders;
        if (last != null && last.headers() == headers) {
            return last.client();
        }
        HttpClient derived = client.headers(h -> {
            headers.forEach((name, value) -> h.remove(name));
            headers.forEach(h::add);
        });
        lastHeaders = new ClientForHeaders(headers, derived);
        return derived;
    }

    private record ClientForHeaders(ai.vobiz.port.transport.HttpHeaders headers, HttpClient client) {}

    /** Error statuses at DEBUG (they explain retries and failures), successes at TRACE (one per call). */
    private static void logResponse(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
        boolean success = response.isSuccessful();
        if (success ? LOG.isTraceEnabled() : LOG.isDebugEnabled()) {
            String line = "{} attempt {} -> HTTP {} in {} ms";
            Object[] args = {FailureMapper.describe(request), attempt, response.status(), elapsed.toMillis()};
            if (success) {
                LOG.trace(line, args);
            } else {
                LOG.debug(line, args);
            }
        }
    }

    private Mono<HttpResponse> readResponse(HttpRequest request, HttpClientResponse response, ByteBufFlux content) {
        long max = options.maxResponseBytes();
        long declared =
                HttpResponse.carriesBody(request.method(), response.status().code()) ? declaredLength(response) : -1;
        if (declared > max) {
            return Mono.error(BodyCollector.tooLarge(max));
        }
        return new BodyMono(content, new BodyCollector(max, declared), body -> {
            HttpResponse.Builder b =
                    HttpResponse.builder().status(response.status().code());
            response.responseHeaders().forEach(h -> b.header(h.getKey(), h.getValue()));
            return b.body(body).build();
        });
    }

    private static long declaredLength(HttpClientResponse response) {
        String value = response.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- resilience ---------------------------------------------------------------------------------------------

    /**
     * The transport's retry, from {@link Resilience4jConfigs#retry}; each retry decided is logged and reported to the
     * events observer. Null when only one attempt is allowed.
     */
    private static @Nullable Retry newRetry(String name, TransportOptions options) {
        RetryPolicy policy = options.resilience().retry();
        if (policy.maxAttempts() <= 1) {
            return null;
        }
        TransportEvents events = options.events();
        return Retry.of(name, Resilience4jConfigs.retry(policy, (request, nextAttempt, delay, reason) -> {
            LOG.debug(
                    "{}: retrying (attempt {}) in {} ms after {}",
                    FailureMapper.describe(request),
                    nextAttempt,
                    delay.toMillis(),
                    reason);
            notify(() -> events.retryScheduled(request, nextAttempt, delay, reason));
        }));
    }

    private static @Nullable CircuitBreaker newCircuitBreaker(TransportOptions options) {
        CircuitBreakerPolicy policy = options.resilience().circuitBreaker();
        return policy.enabled() ? CircuitBreaker.of("vobiz-netty", Resilience4jConfigs.circuitBreaker(policy)) : null;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** True on Reactor non-blocking threads (reactor-netty loops included) and on any Netty event loop. */
    static boolean isNonBlockingThread() {
        if (Schedulers.isInNonBlockingThread()) {
            return true;
        }
        EventExecutor executor = ThreadExecutorMap.currentExecutor();
        return executor instanceof EventLoop;
    }

    /** Observers must not break the exchange: a failing one is logged and ignored. */
    private static void notify(Runnable observerCall) {
        try {
            observerCall.run();
        } catch (RuntimeException e) {
            LOG.warn("A TransportEvents observer threw; ignoring it", e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static int saturatedMillis(Duration d) {
        long ms = d.toMillis();
        return ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(1, ms);
    }

    /**
     * The future {@link #sendAsync} returns, subscribed to the call's attempts: it unwraps the outcome, enforces the
     * whole-call deadline and, when cancelled, cancels the exchange. That is what {@link #exchange} does with
     * operators (map, onErrorMap, timeout, toFuture); doing it here spares every call four operators.
     */
    private final class CallFuture extends CompletableFuture<HttpResponse> implements CoreSubscriber<AttemptResponse> {
        private static final AtomicReferenceFieldUpdater<CallFuture, Subscription> SUBSCRIPTION =
                AtomicReferenceFieldUpdater.newUpdater(CallFuture.class, Subscription.class, "subscription");

        private final HttpRequest request;
        private final DeadlineTimer.@Nullable Entry deadline;
        private volatile @Nullable Subscription subscription;

        CallFuture(HttpRequest request) {
            this.request = request;
            DeadlineTimer.Entry entry = null;
            try {
                entry = deadlines.schedule(DeadlineTimer.deadlineAfter(options.callTimeout()), this::expire);
            } catch (IllegalStateException closedMeanwhile) {
                super.completeExceptionally(closedError());
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
            complete(finalResponse(last));
            disarm();
        }

        @Override
        public void onError(Throwable failure) {
            completeExceptionally(finalFailure(failure));
            disarm();
        }

        @Override
        public void onComplete() {
            if (!isDone()) {
                // Cannot happen (one attempt emits exactly one response or fails); never leave a caller waiting.
                completeExceptionally(
                        new IllegalStateException(FailureMapper.describe(request) + " completed without a response"));
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
            if (completeExceptionally(callTimedOut(request))) {
                Operators.terminate(SUBSCRIPTION, this);
            }
        }

        private void disarm() {
            DeadlineTimer.Entry entry = deadline;
            if (entry != null) {
                entry.cancel();
            }
        }
    }

    /**
     * Builder of {@link NettyTransport}. By default the transport creates and owns its event loops and pool; hand in
     * a {@link ConnectionProvider}, {@link LoopResources} or a whole {@link HttpClient} to share yours (they are
     * never disposed by the transport). Timeouts, resilience and the no-redirect rule are applied in every case.
     */
    public static final class Builder {
        private TransportOptions options = TransportOptions.defaults();
        private @Nullable HttpClient httpClient;
        private @Nullable ConnectionProvider connectionProvider;
        private @Nullable LoopResources loopResources;
        private @Nullable String threadNamePrefix;
        private int eventLoopThreads =
                Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));
        private int maxConnections = 100;
        private int pendingAcquireMaxCount = -1;
        private Duration maxIdleTime = Duration.ofSeconds(20);

        private Builder() {}

        Builder copy() {
            Builder b = new Builder();
            b.options = options;
            b.httpClient = httpClient;
            b.connectionProvider = connectionProvider;
            b.loopResources = loopResources;
            b.threadNamePrefix = threadNamePrefix;
            b.eventLoopThreads = eventLoopThreads;
            b.maxConnections = maxConnections;
            b.pendingAcquireMaxCount = pendingAcquireMaxCount;
            b.maxIdleTime = maxIdleTime;
            return b;
        }

        /** Timeouts, resilience policy, size cap and observer (usually from the client builder). */
        public Builder options(TransportOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Uses this reactor-netty client (its pool, loops, TLS, proxy, metrics…) instead of creating one. The
         * transport still applies its timeouts, resilience and no-redirect rule, and never disposes its resources.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** Uses this connection pool (not disposed by the transport) instead of a dedicated one. */
        public Builder connectionProvider(ConnectionProvider connectionProvider) {
            this.connectionProvider = Objects.requireNonNull(connectionProvider, "connectionProvider");
            return this;
        }

        /** Runs on these event loops (not disposed by the transport) instead of dedicated ones. */
        public Builder loopResources(LoopResources loopResources) {
            this.loopResources = Objects.requireNonNull(loopResources, "loopResources");
            return this;
        }

        /** Name prefix of the dedicated event-loop threads and pool; default {@code vobiz-netty-<n>}. */
        public Builder threadNamePrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.isBlank()) {
                throw new IllegalArgumentException("thread name prefix is blank");
            }
            this.threadNamePrefix = prefix;
            return this;
        }

        /** Number of dedicated event-loop threads; default the processor count, capped at 4. */
        public Builder eventLoopThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("eventLoopThreads must be at least 1, got " + threads);
            }
            this.eventLoopThreads = threads;
            return this;
        }

        /** Connections per host of the dedicated pool; default 100. */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, got " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * Calls allowed to wait for a connection of the dedicated pool; -1 (the default) for no limit other than the
         * call timeout, which also bounds the wait.
         */
        public Builder pendingAcquireMaxCount(int max) {
            if (max < 1 && max != -1) {
                throw new IllegalArgumentException("pendingAcquireMaxCount must be at least 1, or -1, got " + max);
            }
            this.pendingAcquireMaxCount = max;
            return this;
        }

        /** How long an idle pooled connection is kept; default 20 s (below common server keep-alive limits). */
        public Builder maxIdleTime(Duration idle) {
            Objects.requireNonNull(idle, "idle");
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("maxIdleTime must be positive, got " + idle);
            }
            this.maxIdleTime = idle;
            return this;
        }

        public NettyTransport build() {
            return new NettyTransport(this);
        }
    }

    /** Visible for diagnostics: the circuit breaker's state name, or {@code DISABLED}. */
    String circuitState() {
        return circuitBreaker == null ? "DISABLED" : circuitBreaker.getState().name();
    }
}
