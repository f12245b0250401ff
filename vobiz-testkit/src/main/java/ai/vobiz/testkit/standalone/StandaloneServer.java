package ai.vobiz.testkit.standalone;

import ai.vobiz.testkit.FakeVobizServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link FakeVobizServer} as a process of its own (the standalone jar's {@link Main}, the CLI's
 * {@code vobiz fake}): prints one line, {@code Fake Vobiz server listening on http://127.0.0.1:<port>}, then serves
 * until the thread is interrupted or the JVM shuts down (Ctrl-C), and stops cleanly.
 */
public final class StandaloneServer {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 12111;

    private StandaloneServer() {}

    /**
     * Starts the fake on {@code 127.0.0.1:port} with the demo data, or the data of {@code seed} when given.
     *
     * @throws java.io.UncheckedIOException when the port cannot be bound
     * @throws IllegalArgumentException when the seed file cannot be read or is invalid
     */
    public static FakeVobizServer start(int port, @Nullable Path seed) {
        FakeVobizServer.Builder b = FakeVobizServer.builder().port(port);
        if (seed != null) {
            b.seed(seed);
        }
        return b.start();
    }

    /**
     * Starts the fake, prints the listening line to {@code out}, and blocks until this thread is interrupted
     * (returning with the interrupt flag set) or the JVM shuts down; the server is closed either way.
     *
     * @throws java.io.UncheckedIOException when the port cannot be bound
     * @throws IllegalArgumentException when the seed file cannot be read or is invalid
     */
    public static void run(int port, @Nullable Path seed, PrintStream out) {
        FakeVobizServer server = start(port, seed);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "fake-vobiz-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Fake Vobiz server listening on " + server.baseUrl());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: it closes the server.
            }
            server.close();
        }
    }
}
