package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.VobizException;
import ai.vobiz.paging.Page;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two proving endpoints end to end, through the SDK's sync, async and {@code Mono} clients on both real
 * transports, against the testkit's fake server over loopback HTTP: money is judged by what the server's wallets say
 * afterwards, read back through the SDK itself.
 */
class PartnerCustomersEndToEndTest {
    /** One fake server for the class; its state, faults and journal are reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static VobizClient client(String transport) {
        return EndToEnd.partnerClient(fake.server(), transport);
    }

    /** The partner's balance plus every customer's wallet: what no sequence of transfers may change. */
    static BigDecimal allMoney(VobizClient c) {
        BigDecimal sum = c.partner().profile().balance();
        for (Customer customer : c.partner()
                .customers()
                .listAll(ListCustomersParams.builder().perPage(100).build())) {
            sum = sum.add(customer.cashCredits());
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void listingPagesEveryCustomerOnceSyncAsyncAndMono(String transport) {
        try (VobizClient c = client(transport)) {
            Page<Customer> first = c.partner()
                    .customers()
                    .list(ListCustomersParams.builder().perPage(10).build());
            assertThat(first.items()).hasSize(10);
            assertThat(first.total()).isGreaterThanOrEqualTo(25);
            assertThat(first.hasNext()).isTrue();
            List<String> sync = new ArrayList<>();
            c.partner()
                    .customers()
                    .listAll(ListCustomersParams.builder().perPage(7).build())
                    .forEach(x -> sync.add(x.authId()));
            assertThat(sync).hasSize(first.total().intValue()).doesNotHaveDuplicates();
            assertThat(sync).allMatch(id -> id.startsWith("MA_"));

            Page<Customer> asyncFirst = c.async()
                    .partner()
                    .customers()
                    .list(ListCustomersParams.builder().perPage(10).build())
                    .join();
            assertThat(asyncFirst.nextPageAsync().join().items().get(0).authId())
                    .isEqualTo(sync.get(10));

            try (ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
                List<String> viaFlux = mono.partner()
                        .customers()
                        .listAll(ListCustomersParams.builder().perPage(7).build())
                        .map(Customer::authId)
                        .collectList()
                        .block();
                assertThat(viaFlux).isEqualTo(sync);
                assertThat(mono.partner()
                                .customers()
                                .list(ListCustomersParams.builder()
                                        .search(sync.get(3))
                                        .build())
                                .block()
                                .items())
                        .isNotNull();
            }
            List<Customer> matches = c.partner()
                    .customers()
                    .list(ListCustomersParams.builder()
                            .search(first.items().get(0).email())
                            .build())
                    .items();
            assertThat(matches)
                    .extracting(Customer::authId)
                    .contains(first.items().get(0).authId());
            assertThat(first.items().get(0).toString())
                    .doesNotContain(String.valueOf(first.items().get(0).authToken()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void aTransferMovesMoneyExactlyOnceAndErrorsAreTyped(String transport) {
        try (VobizClient c = client(transport)) {
            BigDecimal before = allMoney(c);
            String customer = c.partner()
                    .customers()
                    .list(ListCustomersParams.none())
                    .items()
                    .get(0)
                    .authId();
            BigDecimal partnerBefore = c.partner().profile().balance();
            BalanceTransfer t = c.partner().customers().transferBalance(customer, EndToEnd.inr("10.50"));
            assertThat(t.amount()).isEqualByComparingTo("10.50");
            assertThat(t.toAccount()).isEqualTo(customer);
            assertThat(t.status().is(ai.vobiz.domain.partner.TransferStatus.COMPLETED))
                    .isTrue();
            assertThat(t.partnerBalanceAfter()).isEqualByComparingTo(partnerBefore.subtract(new BigDecimal("10.50")));
            assertThat(fake.server().journal().entries("POST", null)).hasSize(1);

            BalanceTransfer viaAsync = c.async()
                    .partner()
                    .customers()
                    .transferBalance(customer, EndToEnd.inr("0.01"))
                    .join();
            try (ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
                BalanceTransfer viaMono = mono.partner()
                        .customers()
                        .transferBalance(customer, EndToEnd.inr("0.01"))
                        .block();
                assertThat(viaMono.customerBalanceAfter())
                        .isEqualByComparingTo(viaAsync.customerBalanceAfter().add(new BigDecimal("0.01")));
            }
            assertThat(allMoney(c)).isEqualByComparingTo(before);

            assertThatThrownBy(() -> c.partner().customers().transferBalance(customer, EndToEnd.inr("1E+12")))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("insufficient_balance"));
            assertThatThrownBy(() -> c.partner().customers().transferBalance("MA_NOSUCHONE", EndToEnd.inr("1")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> c.partner()
                            .customers()
                            .transferBalance(
                                    customer,
                                    TransferBalanceRequest.builder()
                                            .amount("1")
                                            .currency("USD")
                                            .build()))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(allMoney(c)).isEqualByComparingTo(before);
            assertThat(fake.server().journal().entries("POST", null))
                    .as("no transfer was ever re-sent")
                    .hasSize(6);
        }
    }

    /** 200 transfers at once that together ask for more than the balance: never below zero, no money made or lost. */
    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void twoHundredParallelTransfersNeverOverdrawAndConserveMoney(String transport) {
        try (VobizClient c = client(transport)) {
            BigDecimal before = allMoney(c);
            BigDecimal balance = c.partner().profile().balance();
            List<Customer> customers =
                    c.partner().customers().list(ListCustomersParams.none()).items();
            // Each asks for a 150th of the balance: together 200/150 of it.
            BigDecimal each = balance.divide(new BigDecimal(150), 2, java.math.RoundingMode.DOWN);
            List<CompletableFuture<BalanceTransfer>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(c.async()
                        .partner()
                        .customers()
                        .transferBalance(
                                customers.get(i % customers.size()).authId(),
                                TransferBalanceRequest.builder()
                                        .amount(each)
                                        .currency("INR")
                                        .build()));
            }
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            for (CompletableFuture<BalanceTransfer> call : calls) {
                try {
                    call.join();
                    ok.incrementAndGet();
                } catch (CompletionException e) {
                    assertThat(e.getCause())
                            .isInstanceOfSatisfying(
                                    InvalidRequestException.class,
                                    x -> assertThat(x.code()).isEqualTo("insufficient_balance"));
                    refused.incrementAndGet();
                }
            }
            assertThat(ok.get() + refused.get()).isEqualTo(200);
            assertThat(ok.get()).isEqualTo(150);
            BigDecimal after = c.partner().profile().balance();
            assertThat(after.signum()).isGreaterThanOrEqualTo(0);
            assertThat(after).isEqualByComparingTo(balance.subtract(each.multiply(new BigDecimal(ok.get()))));
            assertThat(allMoney(c)).isEqualByComparingTo(before);
            assertThat(fake.server().journal().entries("POST", null)).hasSize(200);
        } catch (VobizException e) {
            throw new AssertionError(e);
        }
    }
}
