package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import ai.vobiz.port.transport.support.SafeTransportEvents;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.OkHttpClient;
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

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpTransport.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String id;
    private final TransportOptions options;
    private final ClientSetup setup;
    private final Resilience resilience;
    private final Attempts attempts;
    /** Whole-call deadlines: armed on every call and almost always cancelled, so they must wake no thread. */
    private final DeadlineTimer deadlines;

    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private OkHttpTransport(TransportOptions options, @Nullable OkHttpClient userClient) {
        this.options = Objects.requireNonNull(options, "options");
        this.id = THREAD_NAME_PREFIX + SEQUENCE.incrementAndGet();
        this.setup = new ClientSetup(id, options, userClient);
        TransportEvents events = SafeTransportEvents.wrap(options.events());
        this.resilience = new Resilience(id, options.resilience(), events);
        this.attempts = new Attempts(setup.client(), new Messages(), options, events, resilience, setup.scheduler());
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
        return setup.client().connectionPool().connectionCount();
    }

    /** Runs the call's attempts on the caller's thread; see {@link Attempts#runBlocking}. */
    @Override
    public HttpResponse send(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw Failures.closed();
        }
        Exchange x = newExchange(request, false);
        inFlight.add(x);
        try {
            x.deadlineGuard = deadlines.schedule(x.deadline, x::expire);
        } catch (IllegalStateException closedMeanwhile) {
            inFlight.remove(x);
            throw Failures.closed();
        }
        try {
            return attempts.runBlocking(x);
        } finally {
            x.finished();
        }
    }

    /** Runs the call's attempts on OkHttp's dispatcher; cancelling the future cancels the call and any retry. */
    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(Failures.closed());
        }
        Exchange x = newExchange(request, true);
        CompletableFuture<HttpResponse> result = Objects.requireNonNull(x.result);
        inFlight.add(x);
        try {
            x.deadlineGuard = deadlines.schedule(x.deadline, x::expire);
        } catch (IllegalStateException closedMeanwhile) {
            result.completeExceptionally(Failures.closed());
            return result;
        }
        attempts.start(x);
        return result;
    }

    private Exchange newExchange(HttpRequest request, boolean async) {
        return new Exchange(request, async, options, resilience.newContext(), inFlight);
    }

    /**
     * Ends the calls still running at once, each with a {@link CancellationException} (the contract of
     * {@link HttpTransport#close()}: {@code send} throws it, futures complete with it), and releases
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
        deadlines.close();
        setup.release();
        LOG.debug("Closed OkHttp transport {}", id);
    }

    @Override
    public String toString() {
        return "OkHttpTransport{" + id + ", connectTimeout=" + options.connectTimeout() + ", readTimeout="
                + options.readTimeout() + ", callTimeout=" + options.callTimeout() + ", maxResponseBytes="
                + options.maxResponseBytes() + ", ownsClient=" + setup.ownsClient() + "}";
    }
}
