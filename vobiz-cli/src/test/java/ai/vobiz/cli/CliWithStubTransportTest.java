package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.Credentials;
import ai.vobiz.domain.WireFormat;
import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The command's behaviour with a test-double transport: parsing, output, exit codes, redaction. */
class CliWithStubTransportTest {
    static final String TOKEN = "tok-3f9a7c1e-secret";
    static final Map<String, String> ENV = Map.of("VOBIZ_AUTH_ID", "MA_TESTTEST", "VOBIZ_AUTH_TOKEN", TOKEN);

    final AtomicInteger starts = new AtomicInteger();
    final AtomicInteger stops = new AtomicInteger();

    EmbeddedServer.Launcher countingLauncher() {
        return () -> {
            starts.incrementAndGet();
            return new EmbeddedServer() {
                @Override
                public URI baseUrl() {
                    return URI.create("http://127.0.0.1:9");
                }

                @Override
                public Credentials accountCredentials() {
                    return new Credentials("MA_DEMO", "demo-account-token");
                }

                @Override
                public Credentials partnerCredentials() {
                    return new Credentials("PA_DEMO", "demo-partner-token");
                }

                @Override
                public void close() {
                    stops.incrementAndGet();
                }
            };
        };
    }

    CliRunner runner(StubTransport transport) {
        return CliRunner.with(ENV, countingLauncher()).transport(transport);
    }

    static HttpResponse json(int status, String body) {
        return HttpResponse.of(
                status,
                HttpHeaders.builder().set("Content-Type", "application/json").build(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static StubTransport serving(String resource) throws IOException {
        byte[] body = RenderTest.resource(resource);
        return new StubTransport(r -> HttpResponse.of(200, HttpHeaders.empty(), body));
    }

    @Test
    void accountPrintsAnAlignedSummaryWithCredentialsFromTheEnvironment() throws IOException {
        StubTransport transport = serving("account-retrieve.json");
        CliRunner.Result r = runner(transport).run("account", "--base-url", "http://127.0.0.1:8080");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.matches("Auth ID +MA_XXXXXXXX"));
        assertThat(r.err()).isEmpty();
        HttpRequest sent = transport.requests.get(0);
        assertThat(sent.uri()).isEqualTo(URI.create("http://127.0.0.1:8080/api/v1/auth/me"));
        assertThat(sent.headers().firstValue("X-Auth-ID")).contains("MA_TESTTEST");
        assertThat(starts).hasValue(0);
    }

    @Test
    void credentialsWithoutBaseUrlCallTheRealApiRoot() throws IOException {
        StubTransport transport = serving("account-retrieve.json");
        CliRunner.Result r = runner(transport).run("account");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(transport.requests.get(0).uri()).isEqualTo(URI.create("https://api.vobiz.ai/api/v1/auth/me"));
        assertThat(starts).hasValue(0);
    }

    @Test
    void jsonOutputIsTheTypedModel() throws IOException {
        CliRunner.Result r = runner(serving("partner-me.json")).run("partner", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = WireFormat.mapper().readTree(r.out());
        assertThat(json.get("balance").asString()).isEqualTo("23906.83000");
        assertThat(json.get("auth_id").asString()).isEqualTo("PA_XXXXXXXX");
    }

    @Test
    void withoutCredentialsOrBaseUrlTheEmbeddedServerAnswersAndIsStopped() throws IOException {
        StubTransport transport = serving("partner-me.json");
        CliRunner.Result r = CliRunner.with(Map.of(), countingLauncher())
                .transport(transport)
                .run("partner");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err().lines())
                .containsExactly("vobiz: no VOBIZ_AUTH_ID/VOBIZ_AUTH_TOKEN set; using the embedded fake Vobiz server"
                        + " with demo data");
        assertThat(transport.requests.get(0).headers().firstValue("X-Auth-ID")).contains("PA_DEMO");
        assertThat(transport.requests.get(0).uri().toString()).startsWith("http://127.0.0.1:9/");
        assertThat(starts).hasValue(1);
        assertThat(stops).hasValue(1);
    }

    @Test
    void theEmbeddedServerIsStoppedWhenTheCallFails() {
        StubTransport transport = new StubTransport(r -> json(500, "{\"message\":\"boom\"}"));
        CliRunner.Result r = CliRunner.with(Map.of(), countingLauncher())
                .transport(transport)
                .run("account");
        assertThat(r.exitCode()).isEqualTo(8);
        assertThat(stops).hasValue(1);
    }

    @Test
    void baseUrlWithoutCredentialsNamesBothVariables() {
        CliRunner.Result r =
                CliRunner.with(Map.of(), countingLauncher()).run("account", "--base-url", "https://api.example.test");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err())
                .contains("VOBIZ_AUTH_ID")
                .contains("VOBIZ_AUTH_TOKEN")
                .startsWith("vobiz: configuration: ");
        assertThat(starts).hasValue(0);
    }

    @Test
    void halfTheCredentialsNamesTheMissingVariable() {
        CliRunner.Result r = CliRunner.with(Map.of("VOBIZ_AUTH_TOKEN", TOKEN), countingLauncher())
                .run("account");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("VOBIZ_AUTH_ID is not set").doesNotContain(TOKEN);
    }

    @ParameterizedTest(name = "HTTP {0} -> exit {1}")
    @CsvSource({
        "401, 3, authentication failed",
        "403, 4, permission denied",
        "404, 5, not found",
        "429, 6, rate limited",
        "400, 7, client error",
        "402, 7, client error",
        "405, 7, client error",
        "409, 7, client error",
        "422, 7, client error",
        "500, 8, server error",
        "503, 8, server error"
    })
    void errorStatusesMapToExitCodes(int status, int exitCode, String category) {
        StubTransport transport =
                new StubTransport(r -> json(status, "{\"error\":\"nope\",\"message\":\"refused for " + TOKEN + "\"}"));
        CliRunner.Result r = runner(transport).run("account", "--max-attempts", "1");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err())
                .startsWith("vobiz: " + category + ": HTTP " + status)
                .doesNotContain(TOKEN);
    }

    @Test
    void transportFailuresExitNine() {
        StubTransport refused = new StubTransport(r -> {
            throw new ConnectFailedException("connection refused to 127.0.0.1:1", new ConnectException());
        });
        CliRunner.Result r = runner(refused).run("account");
        assertThat(r.exitCode()).isEqualTo(9);
        assertThat(r.err()).startsWith("vobiz: transport error: cannot connect: connection refused");

        StubTransport slow = new StubTransport(req -> {
            throw new TimeoutExceededException(
                    TimeoutExceededException.Phase.READ, Duration.ofMillis(200), "no response within 200ms", null);
        });
        CliRunner.Result t = runner(slow).run("account");
        assertThat(t.exitCode()).isEqualTo(9);
        assertThat(t.err()).startsWith("vobiz: transport error: read timeout (200ms) exceeded");
    }

    @Test
    void malformedJsonExitsTen() {
        CliRunner.Result r =
                runner(new StubTransport(r0 -> json(200, "{\"auth_id\": "))).run("account");
        assertThat(r.exitCode()).isEqualTo(10);
        assertThat(r.err()).startsWith("vobiz: undecodable response: ");
    }

    @Test
    void circuitOpenExitsEleven() {
        CliRunner.Result r = runner(new StubTransport(r0 -> {
                    throw new CircuitOpenException("circuit breaker is OPEN", Duration.ofSeconds(30));
                }))
                .run("account");
        assertThat(r.exitCode()).isEqualTo(11);
        assertThat(r.err()).isEqualTo("vobiz: circuit open: circuit breaker is OPEN (try again in 30s)\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "account --connect-timeout 5x| --connect-timeout",
                "account --read-timeout 0s| not a positive duration",
                "account --call-timeout| --call-timeout",
                "account --max-attempts 0| --max-attempts must be between 1 and 20",
                "account --max-attempts many| --max-attempts",
                "account --transport carrier-pigeon| unknown transport 'carrier-pigeon'",
                "account --token abc| Unknown option",
                "accounts| Unmatched argument",
                "raw FETCH /api/v1/auth/me| unknown HTTP method 'FETCH'",
                "raw GET api/v1/auth/me| start with a single '/'",
                "raw POST /__test/echo --data {oops| not valid JSON",
                "raw GET /x --query novalue| --query needs NAME=VALUE",
                "raw POST /x --data @/no/such/file.json| cannot read --data file",
                "raw GET| Missing required parameter"
            })
    void badCommandLinesAreUsageErrors(String commandLine, String expected) {
        StubTransport transport = new StubTransport(r -> json(200, "{}"));
        CliRunner.Result r = runner(transport).run(commandLine.split(" "));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("vobiz: usage: ").contains(expected);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void aTokenPastedOnTheCommandLineIsRedactedFromTheUsageError() {
        StubTransport transport = new StubTransport(r -> json(200, "{}"));
        CliRunner.Result r = runner(transport).run("account", "--token", TOKEN);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("<redacted>").doesNotContain(TOKEN);
    }

    @Test
    void noSubcommandPrintsUsageAsAUsageError() {
        CliRunner.Result r = runner(new StubTransport(r0 -> json(200, "{}"))).run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("Usage: vobiz")
                .contains("account")
                .contains("partner")
                .contains("raw");
    }

    @Test
    void helpAndVersion() {
        CliRunner.Result help = runner(new StubTransport(r0 -> json(200, "{}"))).run("account", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("--base-url")
                .contains("--transport")
                .contains("--connect-timeout")
                .contains("--read-timeout")
                .contains("--call-timeout")
                .contains("--max-attempts")
                .contains("--verbose")
                .contains("--json");

        CliRunner.Result version =
                runner(new StubTransport(r0 -> json(200, "{}"))).run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("vobiz-java ").doesNotContain("unknown");
    }

    @Test
    void rawSendsMethodPathQueryAndBodyAndPrintsPrettyJson(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("body.json");
        Files.writeString(data, "{\"amount\": \"10.50\"}");
        StubTransport transport = new StubTransport(r -> json(200, "{\"ok\":true,\"amount\":10.50}"));

        CliRunner.Result r = runner(transport)
                .run("raw", "post", "/api/v1/partner/x?a=1", "--query", "b=two words", "--data", "@" + data);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        HttpRequest sent = transport.requests.get(0);
        assertThat(sent.method().name()).isEqualTo("POST");
        assertThat(sent.uri().getPath()).isEqualTo("/api/v1/partner/x");
        assertThat(sent.uri().getRawQuery()).contains("a=1").containsPattern("b=two(\\+|%20)words");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).contains("10.50");
        assertThat(r.out()).contains("\"ok\" : true").contains("10.50");
        assertThat(WireFormat.mapper().readTree(r.out()).get("amount").decimalValue())
                .isEqualByComparingTo("10.50");
    }

    @Test
    void rawWithAnEmptyBodyPrintsNothing() {
        CliRunner.Result r = runner(new StubTransport(r0 -> HttpResponse.of(204, HttpHeaders.empty(), new byte[0])))
                .run("raw", "DELETE", "/api/v1/thing");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void verbosePrintsRequestsRedactedAndNeverTheToken() {
        StubTransport transport = new StubTransport(r -> json(404, "{\"message\":\"no " + TOKEN + "\"}"));
        CliRunner.Result r = runner(transport).run("raw", "GET", "/nope", "--verbose");

        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.all()).doesNotContain(TOKEN);
        assertThat(r.err()).contains("vobiz: not found: HTTP 404").contains("at ai.vobiz");
    }
}
