package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeCdr;
import ai.vobiz.testkit.state.FakeCustomer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's partner walk-through, compiled from the README itself and run against the fake server: what it prints
 * and what it leaves in the fake's store are checked, so the walk-through cannot drift from what works.
 */
class PartnerWalkthroughTest {
    static final String MARKER = "<!-- walkthrough: run by PartnerWalkthroughTest -->";

    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void theReadmeWalkthroughRunsAgainstTheFake(@TempDir Path classes) throws Exception {
        Path readme = Path.of(System.getProperty("vobiz.repository.root", "..")).resolve("README.md");
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int marker = lines.indexOf(MARKER);
        assertThat(marker).as("the README marks its walk-through").isNotNegative();
        MarkdownSnippets.Snippet snippet = MarkdownSnippets.extract(readme, lines).stream()
                .filter(s -> s.line() == marker + 3)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ```java block right after the walk-through marker"));

        JavaCompiler javac = MarkdownSnippets.javac();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            MarkdownSnippets.Result compiled =
                    MarkdownSnippets.compile(javac, files, MarkdownSnippets.testClassPath(), classes, snippet, 900);
            assertThat(compiled.errors()).isEmpty();
        }
        String output;
        try (VobizClient client = EndToEnd.partnerClient(fake.server(), "okhttp");
                URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> walk = loader.loadClass("Snippet900");
            Field clientField = walk.getDeclaredField("client");
            clientField.setAccessible(true); // the snippet wrapper's context fields are package-private
            clientField.set(null, client);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                walk.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(original);
            }
            output = captured.toString(StandardCharsets.UTF_8);
        }

        FakeCustomer kavya = fake.server().state().all(FakeCustomer.KIND).stream()
                .filter(c -> c.email().equals("kavya.rao@example.com"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the walk-through created no customer"));
        assertThat(kavya.partnerAuthId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(kavya.cashCredits()).isEqualByComparingTo("500.00");
        assertThat(output).contains("wallet after the transfer: 500");
        assertThat(output.lines()).anyMatch(l -> l.startsWith("credit 500") && l.contains("ptc:"));

        BigDecimal expected = BigDecimal.ZERO;
        for (FakeCdr cdr : fake.server().state().all(FakeCdr.KIND)) {
            JsonNode row = FakeStateJson.of(cdr);
            boolean mine = fake.server()
                    .state()
                    .get(FakeCustomer.KIND, row.path("account_id").asString())
                    .map(c -> c.partnerAuthId().equals(DemoData.PARTNER_AUTH_ID))
                    .orElse(false);
            if (mine
                    && row.path("call_direction").asString().equals("outbound")
                    && !row.path("answer_time").isNull()
                    && !row.path("answer_time").isMissingNode()) {
                expected = expected.add(row.path("total_cost").decimalValue());
            }
        }
        assertThat(expected.signum())
                .as("the demo data has answered outbound calls")
                .isPositive();
        String cost = output.lines()
                .filter(l -> l.startsWith("answered outbound calls cost "))
                .findFirst()
                .orElseThrow()
                .substring("answered outbound calls cost ".length());
        assertThat(new BigDecimal(cost)).isEqualByComparingTo(expected);
    }

    /** The served JSON of a stored record. */
    static final class FakeStateJson {
        static JsonNode of(FakeCdr cdr) {
            return ai.vobiz.testkit.state.FakeState.render(cdr);
        }
    }
}
