package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.example;
import static ai.vobiz.testkit.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.junit.InProcess;
import ai.vobiz.testkit.junit.Partner;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import ai.vobiz.testkit.state.FakeTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/partner/accounts/{customer_auth_id}/transfer-balance} over HTTP, rule by rule. */
class TransferBalanceTest {
    static final Instant NOW = Instant.parse("2026-03-25T11:00:00Z");

    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass().clock(Clock.fixed(NOW, ZoneOffset.UTC));

    static HttpResponse<String> transfer(String customer, String body) {
        return transfer(DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN, customer, body);
    }

    static HttpResponse<String> transfer(String id, String token, String customer, String body) {
        return TestSupport.send(TestSupport.transfer(fake.server(), id, token, customer, body));
    }

    static FakeState state() {
        return fake.server().state();
    }

    static BigDecimal partnerBalance() {
        return state().partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance();
    }

    static BigDecimal wallet(String customer) {
        return state().get(FakeCustomer.KIND, customer).orElseThrow().cashCredits();
    }

    static int ledgerRows() {
        return state().all(FakeTransaction.KIND).size();
    }

    @Test
    void aTransferMovesTheMoneyAndWritesBothLedgers() {
        HttpResponse<String> r = transfer(
                DemoData.ACCOUNT_AUTH_ID,
                "{\"amount\": 500.00, \"currency\": \"INR\", \"description\": \"April recharge - Credresolve\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        JsonNode documented = example("partner-transfer-balance.json");
        assertThat(FakeServerHttpTest.fieldNames(body))
                .containsExactlyElementsOf(FakeServerHttpTest.fieldNames(documented));
        assertThat(body.get("transaction_id").asString()).matches("txn_[0-9a-f]{12}");
        assertThat(body.get("from_account").asString()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(body.get("to_account").asString()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        assertThat(body.get("status").asString()).isEqualTo("completed");
        assertThat(body.get("currency").asString()).isEqualTo("INR");
        assertThat(body.get("description").asString()).isEqualTo("April recharge - Credresolve");
        assertThat(body.get("timestamp").asString()).isEqualTo("2026-03-25T11:00:00Z");
        assertThat(r.body())
                .contains("\"amount\":500.00,")
                .contains("\"partner_balance_after\":23406.83,")
                .contains("\"customer_balance_after\":1800.00,");
        for (String f : List.of("amount", "partner_balance_after", "customer_balance_after")) {
            assertThat(body.get(f).isNumber()).as(f).isTrue();
        }
        assertThat(partnerBalance()).isEqualByComparingTo("23406.83");
        assertThat(wallet(DemoData.ACCOUNT_AUTH_ID)).isEqualByComparingTo("1800");

        String id = body.get("transaction_id").asString();
        List<FakeTransaction> legs = state().all(FakeTransaction.KIND).stream()
                .filter(t -> id.equals(t.transactionId()))
                .toList();
        assertThat(legs)
                .extracting(FakeTransaction::accountId)
                .containsExactly(DemoData.PARTNER_AUTH_ID, DemoData.ACCOUNT_AUTH_ID);
        assertThat(legs).extracting(FakeTransaction::type).containsExactly("debit", "credit");
        assertThat(legs).allSatisfy(t -> {
            assertThat(t.amount()).isEqualByComparingTo("500");
            assertThat(t.reference())
                    .isEqualTo("ptc:aabbccdd-1234-5678-90ab-cdef12345678:MA_XXXXXXXX:" + NOW.getEpochSecond());
            assertThat(t.json().get("created_at").asString()).isEqualTo("2026-03-25T11:00:00.000000Z");
        });
        assertThat(legs.get(0).description()).isEqualTo("April recharge - Credresolve");
        assertThat(legs.get(1).description()).isEqualTo("Transfer from partner John Doe: April recharge - Credresolve");

        // What the API then serves: the profile and the customer list show the new balances.
        assertThat(TestSupport.send(TestSupport.partner(fake.server(), "/api/v1/partner/me"))
                        .body())
                .contains("\"balance\":\"23406.83000\"")
                .contains("\"updated_at\":\"2026-03-25T11:00:00.000000Z\"");
        assertThat(TestSupport.send(TestSupport.partner(fake.server(), "/api/v1/partner/accounts?search=john"))
                        .body())
                .contains("\"cash_credits\":\"1800.00000\"");
    }

    @Test
    void theAmountIsReadExactlyFromANumberOrANumericString() {
        HttpResponse<String> a = transfer("MA_DEMO0002", "{\"amount\":0.1,\"currency\":\"INR\"}");
        HttpResponse<String> b = transfer("MA_DEMO0002", "{\"amount\":\"0.2\",\"currency\":\"INR\"}");
        HttpResponse<String> c = transfer("MA_DEMO0002", "{\"amount\":\"12.34567\",\"currency\":\"INR\"}");
        assertThat(a.body()).contains("\"amount\":0.10,").contains("\"description\":\"Balance transfer\"");
        assertThat(b.body()).contains("\"amount\":0.20,");
        assertThat(c.body()).contains("\"amount\":12.34567,").contains("\"partner_balance_after\":23894.18433,");
        // 0.1 + 0.2 is exactly 0.3 here: never a binary double.
        assertThat(partnerBalance()).isEqualTo(new BigDecimal("23894.18433"));
        List<BigDecimal> credited = state().children(FakeTransaction.KIND, "MA_DEMO0002").stream()
                .filter(t -> t.transactionId() != null && t.transactionId().startsWith("txn_0"))
                .map(FakeTransaction::amount)
                .toList();
        assertThat(credited).containsExactly(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("12.34567"));
    }

    @Test
    void moreThanTheBalanceIs400InsufficientBalanceAndTouchesNeitherLedger() {
        int rows = ledgerRows();
        BigDecimal wallet = wallet("MA_DEMO0002");
        HttpResponse<String> r = transfer("MA_DEMO0002", "{\"amount\":23906.84,\"currency\":\"INR\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(FakeServerHttpTest.fieldNames(body))
                .containsExactlyElementsOf(
                        FakeServerHttpTest.fieldNames(example("partner-transfer-balance.error-400.json")));
        assertThat(body.get("error").asString()).isEqualTo("insufficient_balance");
        assertThat(body.get("message").asString())
                .isEqualTo("Your partner balance (₹23906.83) is insufficient for this transfer (₹23906.84).");
        assertThat(body.get("current_balance").decimalValue()).isEqualByComparingTo("23906.83");
        assertThat(body.get("requested_amount").decimalValue()).isEqualByComparingTo("23906.84");
        assertThat(body.get("currency").asString()).isEqualTo("INR");
        assertThat(ledgerRows()).isEqualTo(rows);
        assertThat(wallet("MA_DEMO0002")).isEqualTo(wallet);
        assertThat(partnerBalance()).isEqualByComparingTo("23906.83");
        // The whole balance can go.
        assertThat(transfer("MA_DEMO0002", "{\"amount\":23906.83,\"currency\":\"INR\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(partnerBalance()).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "{\"amount\":0,\"currency\":\"INR\"}",
                "{\"amount\":-5,\"currency\":\"INR\"}",
                "{\"amount\":\"-0.01\",\"currency\":\"INR\"}",
                "{\"amount\":0.000001,\"currency\":\"INR\"}",
                "{\"amount\":\"ten\",\"currency\":\"INR\"}",
                "{\"amount\":true,\"currency\":\"INR\"}",
                "{\"amount\":null,\"currency\":\"INR\"}",
                "{\"currency\":\"INR\"}",
                "{\"amount\":10,\"currency\":\"USD\"}",
                "{\"amount\":10}",
                "{\"amount\":10,\"currency\":7}",
                "{\"amount\":10,\"currency\":\"INR\",\"description\":5}",
                "{\"amount\":10,",
                "[10]",
                ""
            })
    void aBadAmountCurrencyOrBodyIs400InTheStandardEnvelopeAndMovesNothing(String requestBody) {
        int rows = ledgerRows();
        HttpResponse<String> r = transfer("MA_DEMO0002", requestBody);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("error").get("code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(body.get("error").get("message").asString()).isNotBlank();
        assertThat(body.get("timestamp").asString()).isEqualTo("2026-03-25T11:00:00.000Z");
        assertThat(ledgerRows()).isEqualTo(rows);
        assertThat(partnerBalance()).isEqualByComparingTo("23906.83");
    }

    @Test
    void aPartnerThatMayNotTransferGets403() {
        state().updatePartner(
                        DemoData.PARTNER_AUTH_ID,
                        p -> p.newBuilder().canTransferBalance(false).build());
        HttpResponse<String> r = transfer("MA_DEMO0002", "{\"amount\":10,\"currency\":\"INR\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("error").get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(partnerBalance()).isEqualByComparingTo("23906.83");
    }

    @Test
    void anUnknownCustomerOrAnotherPartnersIs404() {
        BigDecimal theirs = wallet("MA_YYYY0001");
        for (String customer : List.of("MA_NOBODY00", "MA_YYYY0001")) {
            HttpResponse<String> r = transfer(customer, "{\"amount\":10,\"currency\":\"INR\"}");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(json(r).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(json(r).get("error").get("message").asString()).isEqualTo("Customer " + customer + " not found");
        }
        assertThat(wallet("MA_YYYY0001")).isEqualTo(theirs);
        // Its own partner can fund it.
        assertThat(transfer(
                                DemoData.SECOND_PARTNER_AUTH_ID,
                                DemoData.SECOND_PARTNER_AUTH_TOKEN,
                                "MA_YYYY0001",
                                "{\"amount\":10,\"currency\":\"INR\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(wallet("MA_YYYY0001")).isEqualByComparingTo(theirs.add(BigDecimal.TEN));
    }

    @Test
    void accountCredentialsGet403() {
        HttpResponse<String> r = transfer(
                DemoData.ACCOUNT_AUTH_ID,
                DemoData.ACCOUNT_AUTH_TOKEN,
                "MA_DEMO0002",
                "{\"amount\":1,\"currency\":\"INR\"}");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theClockCanBeChangedFromJavaUntilTheNextReset() {
        Instant later = NOW.plus(Duration.ofDays(1));
        fake.server().clock(Clock.fixed(later, ZoneOffset.UTC));
        assertThat(json(transfer("MA_DEMO0002", "{\"amount\":1,\"currency\":\"INR\"}"))
                        .get("timestamp")
                        .asString())
                .isEqualTo("2026-03-26T11:00:00Z");
        assertThat(fake.server().journal().last().receivedAt()).isEqualTo(later);
        fake.server().reset();
        assertThat(fake.server().clock().instant()).isEqualTo(NOW);
    }

    @Test
    void theSdkTransfersAndReportsARefusal(@Partner @InProcess VobizClient client) {
        BalanceTransfer done = client.partner()
                .customers()
                .transferBalance(
                        "MA_DEMO0003",
                        TransferBalanceRequest.builder()
                                .amount("12.50")
                                .currency("INR")
                                .description("Top-up")
                                .build());
        assertThat(done.amount()).isEqualByComparingTo("12.50");
        assertThat(done.toAccount()).isEqualTo("MA_DEMO0003");
        assertThat(done.partnerBalanceAfter()).isEqualByComparingTo("23894.33");
        assertThat(done.customerBalanceAfter()).isEqualByComparingTo(wallet("MA_DEMO0003"));
        assertThat(done.timestamp().toInstant()).isEqualTo(NOW);
        assertThatThrownBy(() -> client.partner()
                        .customers()
                        .transferBalance(
                                "MA_DEMO0003",
                                TransferBalanceRequest.builder()
                                        .amount("1000000")
                                        .currency("INR")
                                        .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("insufficient");
        assertThat(fake.server().journal().count("POST", "/api/v1/partner/accounts/*"))
                .isEqualTo(2);
    }

    /** The second partner must not have been touched by any test here, whatever it did to the first. */
    @Test
    void theSecondPartnersBalanceIsItsOwn() {
        transfer("MA_DEMO0002", "{\"amount\":100,\"currency\":\"INR\"}");
        FakePartner second = state().partner(DemoData.SECOND_PARTNER_AUTH_ID).orElseThrow();
        assertThat(second.balance()).isEqualByComparingTo("5000");
    }
}
