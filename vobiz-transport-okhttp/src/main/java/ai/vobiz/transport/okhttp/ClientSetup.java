package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.TransportOptions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The transport's configuration of OkHttp: the {@link OkHttpClient} derived from the {@link TransportOptions} (timeouts
 * per attempt, redirects and OkHttp's own retry off, {@link AttemptTag}'s interceptor), the timer thread that starts
 * asynchronous retries, and what the transport owns (for a client it created: the dispatcher's threads and the pool),
 * which {@link #release} lets go. A client handed in by the user keeps its pool and dispatcher running.
 */
final class ClientSetup {
    /** Concurrent calls allowed by the dispatcher of a transport-owned client (OkHttp's default is 5 per host). */
    static final int MAX_CONCURRENT_CALLS = 64;

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** The id of the transport whose executor runs the current thread, if any. */
    private static final ThreadLocal<String> OWNER = new ThreadLocal<>();

    private final String id;
    private final OkHttpClient client;
    private final @Nullable ExecutorService ownedDispatcherExecutor;
    private final ScheduledThreadPoolExecutor scheduler;

    ClientSetup(String id, TransportOptions options, @Nullable OkHttpClient userClient) {
        this.id = id;
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
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads(id + "-timer-"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    OkHttpClient client() {
        return client;
    }

    /** The single daemon thread on which asynchronous calls wait to retry. */
    ScheduledThreadPoolExecutor scheduler() {
        return scheduler;
    }

    boolean ownsClient() {
        return ownedDispatcherExecutor != null;
    }

    /**
     * Stops the timer thread and, for a transport-owned client, cancels its calls, stops the dispatcher's threads and
     * evicts the pooled connections; then waits briefly for those threads, unless called from one of them.
     */
    void release() {
        scheduler.shutdownNow();
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
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
}
