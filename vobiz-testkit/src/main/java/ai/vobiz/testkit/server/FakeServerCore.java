package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.fault.FaultRegistry;
import ai.vobiz.testkit.journal.RequestJournal;
import ai.vobiz.testkit.state.FakeState;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running parts of a fake server: the pipeline, the JDK HTTP server on loopback with a bounded thread pool, and
 * the pauses of delay/stall faults. Used by {@link ai.vobiz.testkit.FakeVobizServer}; not an API of its own.
 */
public final class FakeServerCore implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server stalls ~40 ms per keep-alive request (Nagle + delayed ACK). Its
        // configuration is read once, when the first HttpServer is created, so this must run before that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server closes idle keep-alive connections beyond 200 by default: clients with larger pools would
        // see connections drop before a response, a fault nobody asked the fake for.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
        }
    }

    /** Handler threads at most: enough for hundreds of parallel calls and stalled exchanges. */
    public static final int DEFAULT_THREADS = 256;

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final FakeApi api;
    private final Pauses pauses = new Pauses();
    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    public FakeServerCore(
            FakeState state, RequestJournal journal, FaultRegistry faults, Router admin, int port, int threads) {
        this.api = new FakeApi(state, journal, faults, FakeApi.standardRoutes(state), admin);
        int id = SERVERS.incrementAndGet();
        AtomicInteger threadNo = new AtomicInteger();
        // Threads start on demand and the most recently idle one takes the next exchange (a SynchronousQueue hands
        // work to waiting threads last-in first-out), so a sequential client keeps hitting one warm thread instead
        // of cycling through hundreds of cold ones. Beyond `threads` busy exchanges the dispatcher runs the handler
        // itself rather than refusing the request.
        this.executor = new ThreadPoolExecutor(
                0,
                threads,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "fake-vobiz-" + id + "-http-" + threadNo.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        } catch (IOException e) {
            executor.shutdownNow();
            pauses.close();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        http.createContext("/", new HttpAdapter(api, pauses));
        http.setExecutor(executor);
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public FakeApi api() {
        return api;
    }

    /** Ends every pending delay and stall now. */
    public void releasePauses() {
        pauses.releaseAll();
    }

    public InProcessTransport inProcessTransport(TransportOptions options) {
        return new InProcessTransport(api, pauses, options);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pauses.close();
        http.stop(0);
        executor.shutdownNow();
    }
}
