package ai.vobiz.testkit.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.testkit.DemoData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FakeStoreTest {
    static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void theDemoSeedHasThePartnersCustomersAndTheirRecords() {
        FakeState state = new FakeState(FakeSeed.demo());
        List<FakeCustomer> demo = state.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID);
        List<FakeCustomer> second = state.children(FakeCustomer.KIND, DemoData.SECOND_PARTNER_AUTH_ID);
        assertThat(demo).hasSize(DemoData.PARTNER_CUSTOMER_COUNT).hasSizeGreaterThanOrEqualTo(25);
        assertThat(second).hasSize(DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
        assertThat(demo.get(0).authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        assertThat(demo).extracting(FakeCustomer::authId).doesNotHaveDuplicates();
        assertThat(demo).extracting(FakeCustomer::name).doesNotHaveDuplicates();
        assertThat(demo).extracting(FakeCustomer::email).doesNotHaveDuplicates();
        assertThat(demo).allSatisfy(c -> assertThat(c.authId()).matches("MA_[A-Z0-9]{8}"));
        // Each customer's partner_id is its partner's UUID.
        String secondId =
                state.partner(DemoData.SECOND_PARTNER_AUTH_ID).orElseThrow().partnerId();
        assertThat(second)
                .allSatisfy(
                        c -> assertThat(c.json().get("partner_id").asString()).isEqualTo(secondId));
        assertThat(secondId)
                .isNotEqualTo(
                        state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().partnerId());
        for (FakeCustomer c : demo) {
            assertThat(state.children(FakeTransaction.KIND, c.authId()))
                    .as(c.authId())
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(state.children(FakeNumber.KIND, c.authId()))
                    .as(c.authId())
                    .isNotEmpty();
            assertThat(state.children(FakeCdr.KIND, c.authId())).as(c.authId()).isNotEmpty();
        }
        assertThat(new FakeState(FakeSeed.demo()).all(FakeTransaction.KIND))
                .isEqualTo(state.all(FakeTransaction.KIND)); // deterministic
    }

    @Test
    void everyWalletEqualsItsLedgerAndEveryTransferHasTwoLegs() {
        FakeState state = new FakeState(FakeSeed.demo());
        StoreAssertions.assertWalletsMatchLedgers(state);
        assertThat(state.get(FakeCustomer.KIND, DemoData.ACCOUNT_AUTH_ID)
                        .orElseThrow()
                        .cashCredits())
                .isEqualByComparingTo("1300");
    }

    @Test
    void aFailedTransactionChangesNothingAndKeepsTheOrder() {
        FakeState state = new FakeState(FakeSeed.demo());
        List<FakeCustomer> before = state.all(FakeCustomer.KIND);
        String second = before.get(1).authId();
        assertThatThrownBy(() -> state.atomically(tx -> {
                    tx.remove(FakeCustomer.KIND, second);
                    tx.put(FakeCustomer.builder().authId("MA_NEW00001").build());
                    tx.update(
                            FakePartner.KIND,
                            DemoData.PARTNER_AUTH_ID,
                            p -> p.newBuilder().balance(BigDecimal.ONE).build());
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(state.all(FakeCustomer.KIND)).isEqualTo(before);
        assertThat(state.children(FakeTransaction.KIND, second)).isNotEmpty();
        assertThat(state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance())
                .isEqualByComparingTo("23906.83");
    }

    @Test
    void removingAnOwnerRemovesWhatItOwnsAndNothingElse() {
        FakeState state = new FakeState(FakeSeed.demo());
        int transactions = state.all(FakeTransaction.KIND).size();
        int secondsRows = state.children(FakeTransaction.KIND, DemoData.SECOND_PARTNER_AUTH_ID)
                        .size()
                + state.children(FakeCustomer.KIND, DemoData.SECOND_PARTNER_AUTH_ID).stream()
                        .mapToInt(c ->
                                state.children(FakeTransaction.KIND, c.authId()).size())
                        .sum();
        int secondsCdrs = state.children(FakeCustomer.KIND, DemoData.SECOND_PARTNER_AUTH_ID).stream()
                .mapToInt(c -> state.children(FakeCdr.KIND, c.authId()).size())
                .sum();
        int removed = state.remove(FakePartner.KIND, DemoData.SECOND_PARTNER_AUTH_ID);
        assertThat(state.children(FakeCustomer.KIND, DemoData.SECOND_PARTNER_AUTH_ID))
                .isEmpty();
        assertThat(state.all(FakeTransaction.KIND)).hasSize(transactions - secondsRows);
        assertThat(removed).isEqualTo(1 + DemoData.SECOND_PARTNER_CUSTOMER_COUNT * 2 + secondsCdrs + secondsRows);
        assertThat(state.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID))
                .hasSize(DemoData.PARTNER_CUSTOMER_COUNT);
        state.reset();
        assertThat(state.children(FakeCustomer.KIND, DemoData.SECOND_PARTNER_AUTH_ID))
                .hasSize(DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
    }

    @Test
    void anEntityNeedsAnExistingOwner() {
        FakeState state = new FakeState(FakeSeed.demo());
        assertThatThrownBy(() -> state.put(FakeCustomer.builder()
                        .authId("MA_ORPHAN1")
                        .partnerAuthId("PA_NOBODY")
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partners")
                .hasMessageContaining("PA_NOBODY");
        assertThatThrownBy(() ->
                        state.put(FakeNumber.builder().accountId("MA_NOBODY1").build()))
                .hasMessageContaining("customers");
        assertThatThrownBy(() -> new FakeState(
                        FakeSeed.empty().with(FakeCustomer.builder().build())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadOnlyViewCannotWrite() {
        FakeState state = new FakeState(FakeSeed.demo());
        assertThatThrownBy(() -> state.read(
                        v -> ((FakeState.Tx) v).put(FakeAccount.builder().build())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readersNeverSeeHalfATransaction() throws Exception {
        FakeState state = new FakeState(FakeSeed.demo());
        BigDecimal total = state.read(StoreAssertions::demoPartnersMoney);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<BigDecimal> seen = new ArrayList<>();
        CountDownLatch readersDone = new CountDownLatch(2);
        for (int r = 0; r < 2; r++) {
            Thread reader = new Thread(() -> {
                // Reads until the writer is done and this reader has seen a few states, however the threads interleave.
                while (!done.get() || reads.get() < 100) {
                    BigDecimal sum = state.read(StoreAssertions::demoPartnersMoney);
                    synchronized (seen) {
                        seen.add(sum);
                    }
                    reads.incrementAndGet();
                }
                readersDone.countDown();
            });
            reader.start();
        }
        for (int i = 0; i < 500; i++) {
            BalanceTransfers.transfer(
                    state, DemoData.PARTNER_AUTH_ID, DemoData.customerAuthId(1 + i % 30), BigDecimal.ONE, "INR", null);
        }
        done.set(true);
        readersDone.await();
        assertThat(new HashSet<>(seen)).containsExactly(total);
        StoreAssertions.assertWalletsMatchLedgers(state);
    }

    @Test
    void timestampsComeFromTheClockAndResetRestoresIt() {
        FakeState state = new FakeState(FakeSeed.demo(), Clock.fixed(T0, ZoneOffset.UTC));
        var done = (BalanceTransfers.Completed) BalanceTransfers.transfer(
                state, DemoData.PARTNER_AUTH_ID, "MA_DEMO0002", new BigDecimal("10.50"), "INR", "test");
        assertThat(done.at()).isEqualTo(T0);
        assertThat(done.customer().json().get("updated_at").asString()).isEqualTo("2026-06-01T12:00:00.000000+00:00");
        assertThat(done.partner().json().get("updated_at").asString()).isEqualTo("2026-06-01T12:00:00.000000Z");
        FakeTransaction credit = state.children(FakeTransaction.KIND, "MA_DEMO0002").stream()
                .filter(t -> done.transactionId().equals(t.transactionId()))
                .findFirst()
                .orElseThrow();
        assertThat(credit.json().get("created_at").asString()).isEqualTo("2026-06-01T12:00:00.000000Z");
        assertThat(credit.reference()).endsWith(":MA_DEMO0002:" + T0.getEpochSecond());
        assertThat(credit.description()).isEqualTo("Transfer from partner John Doe: test");

        Instant later = T0.plusSeconds(3600);
        state.clock(Clock.fixed(later, ZoneOffset.UTC));
        assertThat(state.now()).isEqualTo(later);
        state.reset();
        assertThat(state.now()).isEqualTo(T0);
    }
}
