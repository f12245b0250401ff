package ai.vobiz.testkit.state;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.DemoData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Invariants of the store that tests check after moving money. */
public final class StoreAssertions {
    private StoreAssertions() {}

    /** Wallet = credits − debits for every customer and partner; each transfer id is one debit and one credit. */
    public static void assertWalletsMatchLedgers(FakeState state) {
        state.read(v -> {
            for (FakeCustomer c : v.all(FakeCustomer.KIND)) {
                assertThat(ledgerSum(v.children(FakeTransaction.KIND, c.authId())))
                        .as(c.authId())
                        .isEqualByComparingTo(c.cashCredits());
            }
            for (FakePartner p : v.all(FakePartner.KIND)) {
                assertThat(ledgerSum(v.children(FakeTransaction.KIND, p.authId())))
                        .as(p.authId())
                        .isEqualByComparingTo(p.balance());
            }
            Map<String, List<FakeTransaction>> legs = v.all(FakeTransaction.KIND).stream()
                    .filter(t -> t.transactionId() != null)
                    .collect(Collectors.groupingBy(FakeTransaction::transactionId));
            assertThat(legs.values()).allSatisfy(pair -> {
                assertThat(pair).extracting(FakeTransaction::type).containsExactly("debit", "credit");
                assertThat(pair.get(0).accountId()).startsWith("PA_");
                assertThat(pair.get(1).amount())
                        .isEqualByComparingTo(pair.get(0).amount());
                assertThat(pair.get(1).reference()).isEqualTo(pair.get(0).reference());
            });
            return null;
        });
    }

    public static BigDecimal ledgerSum(List<FakeTransaction> rows) {
        return rows.stream().map(FakeTransaction::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the demo partner and its customers hold together. */
    public static BigDecimal demoPartnersMoney(FakeState.View v) {
        BigDecimal sum =
                v.get(FakePartner.KIND, DemoData.PARTNER_AUTH_ID).orElseThrow().balance();
        for (FakeCustomer c : v.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID)) {
            sum = sum.add(c.cashCredits());
        }
        return sum;
    }
}
