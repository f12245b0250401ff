package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.domain.WireFormat;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The commands generated from the declarations, with a test-double server: arguments, output, exit codes. */
class EndpointCommandsTest {
    static final String TOKEN = "tok-partner-9d2b-secret";
    static final String CUSTOMER_TOKEN = "customer-secret-4411";
    static final Map<String, String> ENV = Map.of("VOBIZ_AUTH_ID", "PA_TEST", "VOBIZ_AUTH_TOKEN", TOKEN);
    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

    /** Seven customers, three per page; each row carries an auth_token, as the real list does. */
    static HttpResponse customers(HttpRequest r) {
        String q = r.uri().getRawQuery();
        Matcher m = PAGE.matcher(q == null ? "" : q);
        int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
        StringBuilder rows = new StringBuilder();
        for (int i = (page - 1) * 3; i < Math.min(7, page * 3); i++) {
            rows.append(rows.length() == 0 ? "" : ",")
                    .append("{\"auth_id\":\"MA_%d\",\"name\":\"Customer, \\\"%d\\\"\",\"email\":\"c%d@example.com\","
                            .formatted(i, i, i))
                    .append("\"cash_credits\":\"1300.00000\",\"kyc_status\":\"pending\",\"is_active\":true,")
                    .append("\"created_at\":\"2026-05-06T07:12:40.437143+00:00\",\"auth_token\":\"" + CUSTOMER_TOKEN
                            + "\"}");
        }
        String body = "{\"accounts\":[" + rows + "],\"total\":7,\"page\":" + page + ",\"size\":3}";
        return HttpResponse.of(200, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
    }

    static CliRunner runner(StubTransport t) {
        return CliRunner.with(ENV, () -> {
                    throw new AssertionError("no embedded server when credentials are set");
                })
                .transport(t);
    }

    @Test
    void onePageIsATableWithOneRowPerItem() {
        StubTransport t = new StubTransport(EndpointCommandsTest::customers);
        CliRunner.Result r = runner(t).run("partner", "customers", "list", "--per-page", "3", "--search", "cust");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList())
                .first()
                .asString()
                .matches("Auth ID +Name +Email +Cash credits +KYC status +Active +Created at");
        assertThat(r.out().lines()).filteredOn(l -> l.startsWith("MA_")).hasSize(3);
        assertThat(r.out()).contains("1300.00000").contains("page 1 of 3, 3 item(s), 7 in all; more with --page 2");
        assertThat(r.all()).doesNotContain(CUSTOMER_TOKEN).doesNotContain(TOKEN);
        assertThat(t.requests).hasSize(1);
        assertThat(t.requests.get(0).uri().getRawQuery()).isEqualTo("per_page=3&search=cust");
    }

    @Test
    void onePageAsJsonIsTheEnvelopeAsReceivedWithSecretsRedacted() {
        CliRunner.Result r = runner(new StubTransport(EndpointCommandsTest::customers))
                .run("partner", "customers", "list", "--page", "3", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode envelope = WireFormat.mapper().readTree(r.out());
        assertThat(envelope.get("accounts")).hasSize(1);
        assertThat(envelope.get("total").asInt()).isEqualTo(7);
        assertThat(envelope.get("accounts").get(0).get("cash_credits").asString())
                .isEqualTo("1300.00000");
        assertThat(envelope.get("accounts").get(0).get("auth_token").asString()).isEqualTo("<redacted>");
        assertThat(r.all()).doesNotContain(CUSTOMER_TOKEN);
    }

    @Test
    void allPagesAsOneJsonArrayAndLimitStopsTheRequests() {
        StubTransport t = new StubTransport(EndpointCommandsTest::customers);
        CliRunner.Result r = runner(t).run("partner", "customers", "list", "--all", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode items = WireFormat.mapper().readTree(r.out());
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(7);
        assertThat(items.get(6).get("auth_id").asString()).isEqualTo("MA_6");
        assertThat(t.requests).hasSize(3);
        assertThat(r.all()).doesNotContain(CUSTOMER_TOKEN);

        StubTransport limited = new StubTransport(EndpointCommandsTest::customers);
        CliRunner.Result four = runner(limited).run("partner", "customers", "list", "--limit", "4");
        assertThat(four.out().lines()).filteredOn(l -> l.startsWith("MA_")).hasSize(4);
        assertThat(limited.requests).hasSize(2);
    }

    @Test
    void aTransferSendsTheExactAmountOnceAndPrintsTheResult() {
        StubTransport t = new StubTransport(r -> HttpResponse.of(
                200,
                HttpHeaders.empty(),
                ("{\"transaction_id\":\"txn_1\",\"from_account\":\"PA_TEST\",\"to_account\":\"MA_1\",\"amount\":0.1,"
                                + "\"currency\":\"INR\",\"status\":\"completed\",\"partner_balance_after\":99.9,"
                                + "\"customer_balance_after\":0.1,\"timestamp\":\"2026-03-25T11:00:00Z\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result r = runner(t).run("partner", "transfer", "MA_1", "--amount", "0.1", "--currency", "INR");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("Transaction ID +txn_1").containsPattern("Partner balance after +99.9");
        assertThat(t.requests).hasSize(1);
        HttpRequest sent = t.requests.get(0);
        assertThat(sent.idempotent()).isFalse();
        assertThat(sent.uri().getRawPath()).isEqualTo("/api/v1/partner/accounts/MA_1/transfer-balance");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"amount\":0.1,\"currency\":\"INR\"}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--amount 0 --currency INR|'amount' must be greater than zero",
                "--amount -5 --currency INR|'amount' must be greater than zero",
                "--amount ten --currency INR|ten",
                "--amount 1 --currency inr|'currency' must be a 3-letter",
                "--amount 1|Missing required option: '--currency",
            })
    void badArgumentsAreAUsageErrorAndSendNothing(String args, String message) {
        StubTransport t = new StubTransport(r -> {
            throw new AssertionError("nothing may be sent");
        });
        String[] argv = ("partner transfer MA_1 " + args).split(" ");
        CliRunner.Result r = runner(t).run(argv);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("vobiz: usage: ")
                .contains(message)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(t.requests).isEmpty();
    }

    @Test
    void pageSizesAboveTheMaximumAreRefusedBeforeSending() {
        StubTransport t = new StubTransport(EndpointCommandsTest::customers);
        CliRunner.Result r = runner(t).run("partner", "customers", "list", "--per-page", "101");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'per_page' must be between 1 and 100, got 101");
        assertThat(t.requests).isEmpty();
    }

    @Test
    void errorStatusesKeepTheirExitCodes() {
        for (int[] pair : new int[][] {{400, 7}, {403, 4}, {404, 5}}) {
            StubTransport t = new StubTransport(r -> HttpResponse.of(
                    pair[0],
                    HttpHeaders.empty(),
                    "{\"error\":\"x\",\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8)));
            CliRunner.Result r = runner(t).run("partner", "transfer", "MA_1", "--amount", "1", "--currency", "INR");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(pair[1]);
            assertThat(t.requests).as("never re-sent").hasSize(1);
        }
    }

    @Test
    void aGroupAloneShowsItsCommands() {
        CliRunner.Result r =
                runner(new StubTransport(EndpointCommandsTest::customers)).run("partner", "customers");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("list");
    }
}
