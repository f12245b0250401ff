package ai.vobiz.transport.netty;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.port.transport.support.SafeTransportEvents;
import ai.vobiz.resilience4j.AttemptResponse;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
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
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final TransportOptions options;
    private final String threadNamePrefix;
    private final int eventLoopThreads;
    private final ClientSetup setup;
    private final Resilience resilience;
    private final Attempts attempts;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The calls not yet ended, which {@link #close()} ends. */
    private final Set<CallInFlight> inFlight = ConcurrentHashMap.newKeySet();
    /** Whole-call deadlines: armed on every call and almost always cancelled, so they must wake no thread. */
    private final DeadlineTimer deadlines;

    private NettyTransport(Builder b) {
        this.options = b.options;
        this.eventLoopThreads = b.eventLoopThreads;
        this.threadNamePrefix =
                b.threadNamePrefix != null ? b.threadNamePrefix : "vobiz-netty-" + INSTANCES.incrementAndGet();
        this.setup = new ClientSetup(b, threadNamePrefix);
        TransportEvents events = SafeTransportEvents.wrap(options.events());
        this.resilience = new Resilience(
                threadNamePrefix,
                options.resilience().retry(),
                options.resilience().circuitBreaker(),
                events);
        this.attempts =
                new Attempts(new Messages(setup.client(), options.maxResponseBytes()), options, events, resilience);
        this.deadlines = new DeadlineTimer(threadNamePrefix + "-deadline");
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
     * subtypes or {@link CircuitOpenException}, and a {@link CancellationException} when the transport is closed
     * meanwhile.
     */
    public Mono<HttpResponse> exchange(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        return Mono.defer(() -> {
            // This call's own signal from close(): a sink per call, so that no call waits on a shared one.
            Sinks.Empty<HttpResponse> closing = Sinks.empty();
            CallInFlight call = () -> closing.tryEmitError(Failures.closedWhileRunning(request));
            inFlight.add(call);
            return attempts(request)
                    .map(attempts::finalResponse)
                    .onErrorMap(attempts::finalFailure)
                    .timeout(deadline(options.callTimeout()), Mono.error(() -> Failures.callTimeout(request, options)))
                    .or(closing.asMono())
                    .doFinally(signal -> inFlight.remove(call));
        });
    }

    /**
     * The attempts of one call, behind the breaker and under the retry, refused once the transport is closed (checked
     * after the call registered in {@link #inFlight}: close() either ends it or it is refused). What they emit (or
     * fail with) may still carry the request; {@link #exchange} and {@link Exchange} unwrap it.
     */
    private Mono<AttemptResponse> attempts(HttpRequest request) {
        return Mono.defer(() -> closed.get() ? Mono.error(Failures.closed()) : attempts.of(request));
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
        Exchange exchange = new Exchange(request, options, attempts, deadlines, inFlight);
        if (!exchange.isDone()) {
            // Registered before the subscription checks `closed`: close() either cancels this call or refuses it.
            inFlight.add(exchange);
            attempts(request).subscribe(exchange);
        }
        return exchange;
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
        return setup.client();
    }

    /**
     * Ends the calls in flight at once, each with a {@link CancellationException} and without a retry (the contract
     * of {@link HttpTransport#close()}), then releases the pool and the event loops this transport created (waiting
     * briefly for their threads to end when called from a thread that may block). User-supplied resources are left
     * alone. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Before the pool and loops go: a call still running then would fail, be retried on a terminated loop and
        // log the rejection.
        for (CallInFlight call : inFlight) {
            call.closedMeanwhile();
        }
        deadlines.close();
        setup.release(!isNonBlockingThread());
    }

    /** True on Reactor non-blocking threads (reactor-netty loops included) and on any Netty event loop. */
    static boolean isNonBlockingThread() {
        if (Schedulers.isInNonBlockingThread()) {
            return true;
        }
        EventExecutor executor = ThreadExecutorMap.currentExecutor();
        return executor instanceof EventLoop;
    }

    @Override
    public String toString() {
        return "NettyTransport{" + threadNamePrefix + ", connectTimeout=" + options.connectTimeout() + ", readTimeout="
                + options.readTimeout() + ", callTimeout=" + options.callTimeout() + "}";
    }

    /**
     * Builder of {@link NettyTransport}. By default the transport creates and owns its event loops and pool; hand in
     * a {@link ConnectionProvider}, {@link LoopResources} or a whole {@link HttpClient} to share yours (they are
     * never disposed by the transport). Timeouts, resilience and the no-redirect rule are applied in every case.
     */
    public static final class Builder {
        TransportOptions options = TransportOptions.defaults();

        @Nullable
        HttpClient httpClient;

        @Nullable
        ConnectionProvider connectionProvider;

        @Nullable
        LoopResources loopResources;

        @Nullable
        String threadNamePrefix;

        int eventLoopThreads = Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));
        int maxConnections = 100;
        int pendingAcquireMaxCount = -1;
        Duration maxIdleTime = Duration.ofSeconds(20);

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
        return resilience.circuitState();
    }
}
