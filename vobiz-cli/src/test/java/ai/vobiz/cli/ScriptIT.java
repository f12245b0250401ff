package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./vobiz} script in a subprocess, run by failsafe after the runnable jar is packaged, from another
 * directory and with no Vobiz variables: it must start the jar at once (no build) and exit with the real codes.
 */
class ScriptIT {
    static final Path ROOT = Path.of(System.getProperty("vobiz.repository.root", ".."))
            .toAbsolutePath()
            .normalize();
    static final Path JAR = Path.of(System.getProperty("vobiz.cli.jar", "target/vobiz-cli.jar"));

    @TempDir
    Path elsewhere;

    record Run(int exitCode, String out, String err) {}

    Run vobiz(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "the runnable jar is packaged");
        List<String> command =
                new ArrayList<>(List.of("bash", ROOT.resolve("vobiz").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile());
        pb.environment().remove("VOBIZ_AUTH_ID");
        pb.environment().remove("VOBIZ_AUTH_TOKEN");
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("vobiz finished").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void accountPrintsTheDemoAccountFromAnyDirectory() throws Exception {
        Run r = vobiz("account");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.matches("Auth ID +MA_XXXXXXXX"));
        assertThat(r.err().lines())
                .containsExactly("vobiz: no VOBIZ_AUTH_ID/VOBIZ_AUTH_TOKEN set; using the embedded fake Vobiz server"
                        + " with demo data");
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        Run usage = vobiz("account", "--call-timeout", "soon");
        assertThat(usage.exitCode()).as(usage.toString()).isEqualTo(2);
        assertThat(usage.err()).startsWith("vobiz: usage: ");

        Run notFound = vobiz("raw", "GET", "/nope");
        assertThat(notFound.exitCode()).as(notFound.toString()).isEqualTo(5);
        assertThat(notFound.err()).contains("vobiz: not found: HTTP 404");
    }
}
