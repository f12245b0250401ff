package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.DemoData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CliContext ctx = new CliContext(
                Map.of(), new PrintWriter(out), new PrintWriter(err), TestkitServer::start, Optional.empty());
        Console console = new Console(ctx.out(), ctx.err());
        // A released latch: the server starts, announces itself and stops at once instead of waiting for Ctrl-C.
        return VobizCli.commandLine(ctx, console, new CountDownLatch(0)).execute(args);
    }

    @Test
    void startsOnTheGivenPortAndPrintsHowToCallIt() {
        assertThat(run("fake", "--port", "0")).isZero();
        assertThat(err.toString())
                .startsWith("vobiz: fake Vobiz server listening on http://127.0.0.1:")
                .contains("VOBIZ_AUTH_ID=" + DemoData.ACCOUNT_AUTH_ID)
                .contains("VOBIZ_AUTH_ID=" + DemoData.PARTNER_AUTH_ID);
    }

    @Test
    void badPortOrSeedIsAUsageError() {
        assertThat(run("fake", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("vobiz: usage: --port must be within 0..65535");
        assertThat(run("fake", "--seed", "/no/such/seed.json")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read --seed file '/no/such/seed.json'");
    }

    @Test
    void aPortInUseOrAnInvalidSeedIsAUsageError(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("fake", "--port", String.valueOf(taken.getLocalPort())))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("vobiz: usage: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        Path seed = Files.writeString(dir.resolve("seed.json"), "{ not json");
        assertThat(run("fake", "--port", "0", "--seed", seed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("vobiz: usage: cannot use --seed file");
    }
}
