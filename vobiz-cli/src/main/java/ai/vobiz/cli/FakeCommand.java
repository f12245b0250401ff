package ai.vobiz.cli;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.standalone.StandaloneServer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vobiz fake}: the testkit's standalone fake Vobiz server ({@link StandaloneServer}), until interrupted. */
@Command(
        name = "fake",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run the fake Vobiz server on loopback until interrupted (Ctrl-C).")
final class FakeCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "12111",
            description = "Loopback port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--seed",
            paramLabel = "FILE",
            description = "Seed file with the accounts and partners to serve (default: the demo data).")
    Path seed;

    private final Console console;
    /** Released by the shutdown hook; tests release it beforehand so the command returns at once. */
    final CountDownLatch stop;

    FakeCommand(Console console, CountDownLatch stop) {
        this.console = console;
        this.stop = stop;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be within 0..65535, got " + port);
        }
        if (seed != null && !Files.isReadable(seed)) {
            throw new UsageException("cannot read --seed file '" + seed + "'");
        }
        FakeVobizServer server;
        try {
            server = StandaloneServer.start(port, seed);
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot use --seed file '" + seed + "': " + e.getMessage(), e);
        }
        Thread hook = new Thread(stop::countDown, "vobiz-fake-shutdown");
        boolean hooked = registerHook(hook);
        try (server) {
            console.err("vobiz: fake Vobiz server listening on " + server.baseUrl() + " (Ctrl-C to stop)");
            if (seed == null) {
                // Public demo values (see DemoData), not secrets: printed so the server can be called at once.
                console.err("vobiz: demo account: VOBIZ_AUTH_ID=" + DemoData.ACCOUNT_AUTH_ID + " VOBIZ_AUTH_TOKEN="
                        + DemoData.ACCOUNT_AUTH_TOKEN);
                console.err("vobiz: demo partner: VOBIZ_AUTH_ID=" + DemoData.PARTNER_AUTH_ID + " VOBIZ_AUTH_TOKEN="
                        + DemoData.PARTNER_AUTH_TOKEN);
            }
            stop.await();
        } finally {
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting because of Ctrl-C: the hook is running, nothing to remove.
                }
            }
        }
        return ExitCode.SUCCESS.code();
    }

    private boolean registerHook(Thread hook) {
        if (stop.getCount() == 0) {
            return false;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        return true;
    }
}
