package ai.vobiz.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Pattern LISTENING =
            Pattern.compile("Fake Vobiz server listening on (http://127\\.0\\.0\\.1:(\\d+))");

    /** Collects what is printed and releases a latch when the listening line appears. */
    static final class Capture extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch listening = new CountDownLatch(1);

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            if (b == '\n' && text().contains("listening on")) {
                listening.countDown();
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void printsOneLineServesAndStopsWhenInterrupted(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(
                seed,
                "{\"accounts\":[{\"auth_id\":\"MA_SEEDED01\",\"auth_token\":\"tok-1\",\"name\":\"Seeded Ltd\"}]}");
        Capture out = new Capture();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread main = new Thread(() -> exit.set(Main.run(
                new String[] {"--port", "0", "--seed", seed.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))));
        main.start();
        assertThat(out.listening.await(20, TimeUnit.SECONDS)).isTrue();
        String printed = out.text();
        assertThat(printed.lines()).hasSize(1);
        Matcher m = LISTENING.matcher(printed.strip());
        assertThat(m.matches()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isPositive();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> seeded = http.send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "/api/v1/auth/me"))
                        .header("X-Auth-ID", "MA_SEEDED01")
                        .header("X-Auth-Token", "tok-1")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(seeded.statusCode()).isEqualTo(200);
        assertThat(seeded.body()).contains("\"name\":\"Seeded Ltd\"");
        HttpResponse<String> demo = http.send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "/api/v1/partner/me"))
                        .header("X-Auth-ID", DemoData.PARTNER_AUTH_ID)
                        .header("X-Auth-Token", DemoData.PARTNER_AUTH_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(demo.statusCode()).isEqualTo(200);

        main.interrupt();
        main.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(main.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        // It no longer serves: a fresh request fails, whether refused, or garbled by a client socket that happens to
        // get the freed port as its own source port (a self-connect), or timed out on a listener being torn down.
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> fresh.send(
                        HttpRequest.newBuilder(URI.create(m.group(1) + "/api/v1/auth/me"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void badArgumentsExitWith2AndUsage() {
        assertThat(runQuietly("--port", "nope")).isEqualTo(2);
        assertThat(runQuietly("--port")).isEqualTo(2);
        assertThat(runQuietly("--bogus")).isEqualTo(2);
        assertThat(runQuietly("--seed", "/definitely/not/here.json")).isEqualTo(2);
        assertThat(runQuietly("--help")).isZero();
    }

    @Test
    void invalidSeedExitsWith2WithAClearMessage(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("bad.json");
        Files.writeString(seed, "{\"accounts\":[{\"name\":\"no id\"}]}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"--port", "0", "--seed=" + seed},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("auth_id")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void portInUseExitsWith1() {
        try (FakeVobizServer busy = FakeVobizServer.start()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(
                    new String[] {"--port", String.valueOf(busy.port())},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot listen on 127.0.0.1:" + busy.port());
        }
    }

    @Test
    void startIsUsableEmbedded() {
        try (FakeVobizServer server = StandaloneServer.start(0, null)) {
            assertThat(server.state().account(DemoData.ACCOUNT_AUTH_ID)).isPresent();
        }
    }

    private static int runQuietly(String... args) {
        return Main.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
