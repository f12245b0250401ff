package ai.vobiz.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakeState;
import ai.vobiz.testkit.state.FakeTransaction;
import ai.vobiz.testkit.state.StoreAssertions;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * 200 transfers at once, over HTTP, that together ask for more than the partner has: the store moves money atomically,
 * so the balance never goes below zero, no money appears or vanishes, and the ledgers hold exactly the successes.
 */
class ParallelTransfersTest {
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static final int TRANSFERS = 200;
    static final BigDecimal AMOUNT = new BigDecimal("150.00");

    @Test
    void parallelTransfersNeverOverdrawAndConserveMoney() {
        FakeState state = fake.server().state();
        BigDecimal start = state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance();
        assertThat(AMOUNT.multiply(BigDecimal.valueOf(TRANSFERS))).isGreaterThan(start);
        BigDecimal moneyBefore = state.read(StoreAssertions::demoPartnersMoney);
        Map<String, BigDecimal> walletsBefore = wallets(state);
        int rowsBefore = state.all(FakeTransaction.KIND).size();

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < TRANSFERS; i++) {
            String customer = DemoData.customerAuthId(1 + i % DemoData.PARTNER_CUSTOMER_COUNT);
            calls.add(TestSupport.HTTP.sendAsync(
                    TestSupport.transfer(
                                    fake.server(),
                                    DemoData.PARTNER_AUTH_ID,
                                    DemoData.PARTNER_AUTH_TOKEN,
                                    customer,
                                    "{\"amount\":" + AMOUNT + ",\"currency\":\"INR\"}")
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

        Set<String> succeeded = new HashSet<>();
        Map<String, BigDecimal> creditedPerCustomer = new HashMap<>();
        int insufficient = 0;
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            HttpResponse<String> r = c.join();
            JsonNode body = Json.MAPPER.readTree(r.body());
            if (r.statusCode() == 200) {
                assertThat(succeeded.add(body.get("transaction_id").asString())).isTrue();
                assertThat(body.get("partner_balance_after").decimalValue()).isNotNegative();
                creditedPerCustomer.merge(body.get("to_account").asString(), AMOUNT, BigDecimal::add);
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
                assertThat(body.get("error").asString()).isEqualTo("insufficient_balance");
                insufficient++;
            }
        }
        assertThat(succeeded.size() + insufficient).isEqualTo(TRANSFERS);
        int fit = start.divideToIntegralValue(AMOUNT).intValueExact();
        assertThat(succeeded).hasSize(fit);
        assertThat(insufficient).isEqualTo(TRANSFERS - fit).isPositive();

        BigDecimal end = state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance();
        assertThat(end).isNotNegative().isEqualByComparingTo(start.subtract(AMOUNT.multiply(BigDecimal.valueOf(fit))));
        assertThat(state.read(StoreAssertions::demoPartnersMoney)).isEqualByComparingTo(moneyBefore);
        wallets(state)
                .forEach((customer, after) -> assertThat(after)
                        .as(customer)
                        .isEqualByComparingTo(walletsBefore
                                .get(customer)
                                .add(creditedPerCustomer.getOrDefault(customer, BigDecimal.ZERO))));

        // Ledger rows: exactly two per success (partner debit, customer credit), none for a refusal.
        List<FakeTransaction> rows = state.all(FakeTransaction.KIND);
        assertThat(rows).hasSize(rowsBefore + 2 * fit);
        Map<String, List<FakeTransaction>> byTransfer = rows.stream()
                .filter(t -> succeeded.contains(t.transactionId()))
                .collect(Collectors.groupingBy(FakeTransaction::transactionId));
        assertThat(byTransfer.keySet()).isEqualTo(succeeded);
        assertThat(byTransfer.values()).allSatisfy(legs -> {
            assertThat(legs).extracting(FakeTransaction::type).containsExactly("debit", "credit");
            assertThat(legs.get(0).accountId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
            assertThat(legs).allSatisfy(t -> assertThat(t.amount()).isEqualByComparingTo(AMOUNT));
        });
        StoreAssertions.assertWalletsMatchLedgers(state);
    }

    static Map<String, BigDecimal> wallets(FakeState state) {
        return state.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID).stream()
                .collect(Collectors.toMap(FakeCustomer::authId, FakeCustomer::cashCredits));
    }
}
