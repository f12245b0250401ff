package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.domain.WireFormat;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The command end to end against the testkit's fake Vobiz server, over real HTTP with the real transports. */
class CliAgainstFakeServerTest {
    static final String ACCOUNT_TOKEN = DemoData.ACCOUNT_AUTH_TOKEN;
    static final String PARTNER_TOKEN = DemoData.PARTNER_AUTH_TOKEN;
    static final Map<String, String> ACCOUNT_ENV =
            Map.of("VOBIZ_AUTH_ID", DemoData.ACCOUNT_AUTH_ID, "VOBIZ_AUTH_TOKEN", ACCOUNT_TOKEN);
    static final Map<String, String> PARTNER_ENV =
            Map.of("VOBIZ_AUTH_ID", DemoData.PARTNER_AUTH_ID, "VOBIZ_AUTH_TOKEN", PARTNER_TOKEN);

    static FakeVobizServer server;
    /** Every run's output, checked for tokens at the end. */
    static final List<CliRunner.Result> outputs = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = FakeVobizServer.start();
    }

    @AfterAll
    static void stopAndCheckRedaction() {
        server.close();
        assertThat(outputs).isNotEmpty();
        assertThat(outputs)
                .allSatisfy(
                        r -> assertThat(r.all()).doesNotContain(ACCOUNT_TOKEN).doesNotContain(PARTNER_TOKEN));
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    static Stream<String> transports() {
        return HttpTransportProvider.available().stream().map(HttpTransportProvider::name);
    }

    static CliRunner.Result run(Map<String, String> env, String... args) {
        CliRunner.Result r = CliRunner.with(env, TestkitServer::start).run(args);
        outputs.add(r);
        return r;
    }

    static CliRunner.Result call(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--base-url");
        all.add(server.baseUrl().toString());
        return run(env, all.toArray(String[]::new));
    }

    static JsonNode json(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return WireFormat.mapper().readTree(r.out());
    }

    @Test
    void withoutCredentialsTheEmbeddedFakeAnswersWithTheDemoAccount() {
        CliRunner.Result r = run(Map.of(), "account");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err().lines())
                .containsExactly("vobiz: no VOBIZ_AUTH_ID/VOBIZ_AUTH_TOKEN set; using the embedded fake Vobiz server"
                        + " with demo data");
        assertThat(r.out().lines())
                .anyMatch(l -> l.matches("Auth ID +MA_XXXXXXXX"))
                .anyMatch(l -> l.matches("Credit limit +0\\.0"))
                .anyMatch(l -> l.matches("Auth secret +<redacted>"))
                .anyMatch(l -> l.matches("Name +Acme Corp"));
    }

    @Test
    void withoutCredentialsPartnerUsesTheDemoPartner() {
        JsonNode p = json(run(Map.of(), "partner", "--json"));
        assertThat(p.get("auth_id").asString()).isEqualTo("PA_XXXXXXXX");
        assertThat(p.get("balance").asString()).isEqualTo("23906.83000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void accountJsonFieldByField(String transport) {
        JsonNode a = json(call(ACCOUNT_ENV, "account", "--json", "--transport", transport));

        assertThat(a.get("type").asString()).isEqualTo("account");
        assertThat(a.get("id").asString()).isEqualTo("500000");
        assertThat(a.get("api_id").asString()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(a.get("auth_id").asString()).isEqualTo("MA_XXXXXXXX");
        assertThat(a.get("auth_secret").asString()).isEqualTo("<redacted>");
        assertThat(a.get("auth_token_expire_time").isNull()).isTrue();
        assertThat(a.get("description").isNull()).isTrue();
        assertThat(a.get("credit_limit").isString()).isTrue();
        assertThat(a.get("credit_limit").asString()).isEqualTo("0.0");
        assertThat(a.get("cps_limit").asInt()).isEqualTo(11);
        assertThat(a.get("postpaid").asBoolean()).isFalse();
        assertThat(a.get("auto_recharge").asBoolean()).isTrue();
        assertThat(a.get("features").get("call_queue").asBoolean()).isTrue();
        assertThat(a.get("ip_whitelist_rules").isObject()).isTrue();
        assertThat(a.get("created_at").asString()).isEqualTo("2025-09-30T08:33:24.700542Z");
        assertThat(a.get("last_login").asString()).isEqualTo("2026-05-12T05:41:42.601005Z");
        JsonNode tier = a.get("pricing_tier");
        assertThat(tier.get("name").asString()).isEqualTo("Standard");
        assertThat(tier.get("currency").asString()).isEqualTo("INR");
        assertThat(tier.get("rate_per_minute").asString()).isEqualTo("0.45");
        assertThat(tier.get("billing_increment_seconds").asInt()).isEqualTo(60);
        assertThat(a.propertyNames()).hasSize(46);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void partnerJsonFieldByField(String transport) {
        JsonNode p = json(call(PARTNER_ENV, "partner", "--json", "--transport", transport));

        assertThat(p.get("id").asString()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(p.get("account_id").asLong()).isEqualTo(500000L);
        assertThat(p.get("auth_id").asString()).isEqualTo("PA_XXXXXXXX");
        assertThat(p.get("billing_model").asString()).isEqualTo("direct");
        assertThat(p.get("is_active").asBoolean()).isTrue();
        assertThat(p.get("can_view_cdrs").asBoolean()).isTrue();
        assertThat(p.get("account_count").asInt()).isEqualTo(23);
        assertThat(p.get("balance").isString()).isTrue();
        assertThat(p.get("balance").asString()).isEqualTo("23906.83000");
        assertThat(p.get("created_at").asString()).isEqualTo("2026-01-19T18:39:14.529435Z");
    }

    @Test
    void partnerSummary() {
        CliRunner.Result r = call(PARTNER_ENV, "partner");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines())
                .anyMatch(l -> l.matches("Balance +23906\\.83000"))
                .anyMatch(l -> l.matches("Auth ID +PA_XXXXXXXX"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void rawEchoesMethodPathQueryAndBody() {
        JsonNode echo = json(
                call(ACCOUNT_ENV, "raw", "POST", "/__test/echo", "--query", "a=1", "--data", "{\"amount\":\"10.50\"}"));
        assertThat(echo.get("method").asString()).isEqualTo("POST");
        assertThat(echo.get("path").asString()).isEqualTo("/__test/echo");
        assertThat(echo.get("query").toString()).contains("\"a\"").contains("1");
        assertThat(echo.get("body").get("amount").asString()).isEqualTo("10.50");
    }

    @Test
    void wrongTokenExitsThree() {
        CliRunner.Result r =
                call(Map.of("VOBIZ_AUTH_ID", "MA_XXXXXXXX", "VOBIZ_AUTH_TOKEN", "wrong-token-42"), "account");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).startsWith("vobiz: authentication failed: HTTP 401").doesNotContain("wrong-token-42");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void accountCredentialsOnPartnerExitFour() {
        CliRunner.Result r = call(ACCOUNT_ENV, "partner");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).startsWith("vobiz: permission denied: HTTP 403");
    }

    @Test
    void unknownPathExitsFive() {
        CliRunner.Result r = call(ACCOUNT_ENV, "raw", "GET", "/nope");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(5);
        assertThat(r.err()).startsWith("vobiz: not found: HTTP 404");
    }

    @Test
    void rateLimitedExitsSix() {
        server.faults().add(FaultRule.of(Fault.status(429)).path("/api/v1/auth/me"));
        CliRunner.Result r = call(ACCOUNT_ENV, "account", "--max-attempts", "1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
        assertThat(r.err()).startsWith("vobiz: rate limited: HTTP 429");
    }

    @Test
    void otherClientErrorsExitSeven() {
        server.faults().add(FaultRule.of(Fault.status(409)).path("/api/v1/auth/me"));
        assertThat(call(ACCOUNT_ENV, "account").exitCode()).isEqualTo(7);
        server.faults().clear();

        CliRunner.Result wrongMethod = call(ACCOUNT_ENV, "raw", "DELETE", "/api/v1/auth/me");
        assertThat(wrongMethod.exitCode()).as(wrongMethod.toString()).isEqualTo(7);
        assertThat(wrongMethod.err()).startsWith("vobiz: client error: HTTP 405");
    }

    @Test
    void serverErrorsExitEightAfterTheRetriesShownByVerbose() {
        server.faults().add(FaultRule.of(Fault.status(503)).path("/api/v1/auth/me"));
        CliRunner.Result r = call(ACCOUNT_ENV, "account", "--max-attempts", "2", "--verbose");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(8);
        assertThat(server.journal().count("GET", "/api/v1/auth/me")).isEqualTo(2);
        assertThat(r.err())
                .contains("> GET " + server.baseUrl() + "/api/v1/auth/me (attempt 1)")
                .contains("X-Auth-Token=<redacted>")
                .contains("< 503")
                .contains("* retrying in ")
                .contains("(attempt 2)")
                .contains("vobiz: server error: HTTP 503");
    }

    @Test
    void aClosedPortExitsNine() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CliRunner.Result r = run(
                ACCOUNT_ENV, "account", "--base-url", "http://127.0.0.1:" + closedPort, "--max-attempts", "2", "-v");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(9);
        assertThat(r.err())
                .contains("* attempt 1 failed after ")
                .contains("* retrying in ")
                .contains("* attempt 2 failed after ")
                .contains("vobiz: transport error: cannot connect");
        assertThat(r.err().lines().filter(l -> l.startsWith("vobiz: "))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aReadTimeoutExitsNine(String transport) {
        server.faults().add(FaultRule.of(Fault.delay(Duration.ofSeconds(5))).path("/api/v1/auth/me"));
        CliRunner.Result r = call(
                ACCOUNT_ENV, "account", "--transport", transport, "--read-timeout", "200ms", "--max-attempts", "1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(9);
        assertThat(r.err()).startsWith("vobiz: transport error: ").contains("timeout");
    }

    @Test
    void malformedJsonExitsTen() {
        server.faults().add(FaultRule.of(Fault.malformedJson()).path("/api/v1/auth/me"));
        CliRunner.Result r = call(ACCOUNT_ENV, "account");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(10);
        assertThat(r.err()).startsWith("vobiz: undecodable response: cannot decode Account");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void anOpenCircuitExitsEleven(String transport) {
        // One process runs one call, so the breaker is shared the way a long-lived client shares it: one transport
        // instance across several commands, with a breaker that opens after two failures.
        ResiliencePolicy policy = ResiliencePolicy.custom()
                .retry(RetryPolicy.disabled())
                .circuitBreaker(CircuitBreakerPolicy.custom()
                        .slidingWindowSize(2)
                        .minimumNumberOfCalls(2)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMinutes(1))
                        .build())
                .build();
        server.faults().add(FaultRule.of(Fault.status(500)).path("/api/v1/auth/me"));
        try (HttpTransport shared = HttpTransportProvider.named(transport)
                .create(TransportOptions.builder().resilience(policy).build())) {
            CliRunner runner = CliRunner.with(ACCOUNT_ENV, TestkitServer::start).transport(shared);
            String[] args = {"account", "--base-url", server.baseUrl().toString()};
            assertThat(runner.run(args).exitCode()).isEqualTo(8);
            assertThat(runner.run(args).exitCode()).isEqualTo(8);
            CliRunner.Result open = runner.run(args);
            outputs.add(open);
            assertThat(open.exitCode()).as(open.toString()).isEqualTo(11);
            assertThat(open.err()).startsWith("vobiz: circuit open: ");
        }
        assertThat(server.journal().count("GET", "/api/v1/auth/me")).isEqualTo(2);
    }

    @Test
    void verboseSuccessNeverShowsTheToken() {
        CliRunner.Result r = call(ACCOUNT_ENV, "raw", "GET", "/__test/echo", "--verbose");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err())
                .contains("X-Auth-Token=<redacted>")
                .contains("X-Auth-ID=MA_XXXXXXXX")
                .as("okhttp is the CLI's default transport")
                .contains("; okhttp)");
        assertThat(r.all()).doesNotContain(ACCOUNT_TOKEN);
    }
}
