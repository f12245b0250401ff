package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.domain.WireFormat;
import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The README's table of typed endpoints is generated from the declarations ({@link Endpoints#all()}) and checked
 * here: a declaration added, changed or removed without the table following fails this test. Regenerate the block
 * with {@code ./mvnw -pl vobiz-cli -am test -Dtest=EndpointTableTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvobiz.updateReadme=true}.
 */
class EndpointTableTest {
    static final String BEGIN = "<!-- endpoints:begin (generated from the declarations; see EndpointTableTest) -->";
    static final String END = "<!-- endpoints:end -->";

    static String table() {
        StringJoiner t = new StringJoiner("\n", "", "\n");
        t.add("| operation | HTTP | credentials | `vobiz` command | what it does |");
        t.add("|---|---|---|---|---|");
        for (Endpoint<?, ?> e : Endpoints.all()) {
            String http = "`" + e.method() + " " + e.pathTemplate() + "`"
                    + (e.paging() != null ? " (paged)" : "")
                    + (e.idempotent() ? "" : " (sent at most once)");
            String scope = e.scope() == CredentialScope.PARTNER ? "partner (`PA_…`)" : "account (`MA_…`)";
            t.add("| `" + e.operationId() + "` | " + http + " | " + scope + " | `" + command(e) + "` | " + e.summary()
                    + " |");
        }
        return t.toString();
    }

    static String command(Endpoint<?, ?> e) {
        StringJoiner c = new StringJoiner(" ");
        c.add("vobiz " + e.cliCommand());
        e.pathParams().forEach(p -> c.add(p.toUpperCase(java.util.Locale.ROOT)));
        if (e.paramsType() != NoParams.class) {
            for (RecordComponent rc : e.paramsType().getRecordComponents()) {
                String option = OptionsFromRecords.readsStdin(rc)
                        ? OptionsFromRecords.option(rc).longestName() + " < FILE"
                        : "--" + WireFormat.name(rc).replace('_', '-') + " "
                                + OptionsFromRecords.option(rc).paramLabel();
                boolean optional = rc.getAnnotatedType().isAnnotationPresent(Nullable.class);
                c.add(optional ? "[" + option + "]" : option);
            }
        }
        if (e.paging() != null) {
            c.add("[--all] [--limit N]");
        }
        return c.toString().replace("|", "\\|");
    }

    @Test
    void theReadmeListsEveryDeclaredEndpoint() throws IOException {
        Path readme = Path.of(System.getProperty("vobiz.repository.root", "..")).resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("the README has the generated block").isGreaterThanOrEqualTo(0);
        assertThat(end).isGreaterThan(begin);
        String current = text.substring(begin + BEGIN.length() + 1, end);
        if (Boolean.getBoolean("vobiz.updateReadme")) {
            Files.writeString(readme, text.substring(0, begin + BEGIN.length() + 1) + table() + text.substring(end));
            return;
        }
        assertThat(current)
                .as("README's endpoint table; regenerate it as this test's comment says")
                .isEqualTo(table());
    }
}
