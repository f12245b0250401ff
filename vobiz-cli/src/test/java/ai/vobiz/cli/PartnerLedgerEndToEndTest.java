package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.WireFormat;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.CustomerBalance;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.LedgerEntryType;
import ai.vobiz.domain.partner.LedgerEnvelope;
import ai.vobiz.domain.partner.LedgerSummary;
import ai.vobiz.domain.partner.ListCustomerNumbersParams;
import ai.vobiz.domain.partner.ListCustomerTransactionsParams;
import ai.vobiz.domain.partner.ListPartnerNumbersParams;
import ai.vobiz.domain.partner.ListPartnerTransactionsParams;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.domain.partner.TransactionType;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.paging.Page;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * One customer, its balance, ledger and numbers, the global ledger and numbers, end to end: through the SDK's sync,
 * async and {@code Mono} clients and through the {@code vobiz} command, on both transports, against the testkit's fake
 * over loopback HTTP. Money is judged by what the fake's wallets say, read back through the SDK.
 */
class PartnerLedgerEndToEndTest {
    static final String DOCUMENTED = DemoData.ACCOUNT_AUTH_ID;
    static final String OTHERS = DemoData.secondPartnerCustomerAuthId(1);
    static final Map<String, String> PARTNER_ENV =
            Map.of("VOBIZ_AUTH_ID", DemoData.PARTNER_AUTH_ID, "VOBIZ_AUTH_TOKEN", DemoData.PARTNER_AUTH_TOKEN);

    static FakeVobizServer server;

    @BeforeAll
    static void start() {
        server = FakeVobizServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    static VobizClient client(String transport, String id, String token) {
        return VobizClient.builder()
                .transport(transport)
                .baseUrl(server.baseUrl().toString())
                .credentials(id, token)
                .build();
    }

    static VobizClient partner(String transport) {
        return client(transport, DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
    }

    /** A wallet's movements: credits less debits. */
    static BigDecimal sum(Iterable<LedgerEntry> rows) {
        BigDecimal s = BigDecimal.ZERO;
        for (LedgerEntry e : rows) {
            s = e.type().is(LedgerEntryType.DEBIT) ? s.subtract(e.amount()) : s.add(e.amount());
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void customerBalanceAndLedgerSyncAsyncAndMono(String transport) {
        try (VobizClient c = partner(transport);
                ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
            Customer customer = c.partner().customers().get(DOCUMENTED);
            assertThat(customer.name()).isEqualTo("John Doe");
            assertThat(customer.authToken()).isEqualTo(DemoData.ACCOUNT_AUTH_TOKEN);
            assertThat(customer.toString()).doesNotContain(DemoData.ACCOUNT_AUTH_TOKEN);
            assertThat(c.async().partner().customers().get(DOCUMENTED).join()).isEqualTo(customer);
            assertThat(mono.partner().customers().get(DOCUMENTED).block()).isEqualTo(customer);

            CustomerBalance balance = c.partner().customers().balance(DOCUMENTED);
            assertThat(balance.cashCredits()).isEqualTo(new BigDecimal("1300.00000"));
            assertThat(balance.currency()).isEqualTo("INR");
            assertThat(c.async().partner().customers().balance(DOCUMENTED).join())
                    .isEqualTo(balance);
            assertThat(mono.partner().customers().balance(DOCUMENTED).block()).isEqualTo(balance);

            Page<LedgerEntry> ledger =
                    c.partner().customers().transactions(DOCUMENTED, ListCustomerTransactionsParams.none());
            assertThat(ledger.items())
                    .extracting(LedgerEntry::amount)
                    .containsExactly(new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("1000"));
            LedgerSummary summary = ledger.envelope(LedgerEnvelope.class).summary();
            assertThat(summary.netAmount()).isEqualByComparingTo(balance.cashCredits());
            ListCustomerTransactionsParams may7 = ListCustomerTransactionsParams.builder()
                    .fromDate(LocalDate.of(2026, 5, 7))
                    .toDate(LocalDate.of(2026, 5, 7))
                    .transactionType(TransactionType.TRANSFER)
                    .build();
            assertThat(c.async()
                            .partner()
                            .customers()
                            .transactions(DOCUMENTED, may7)
                            .join()
                            .items())
                    .extracting(LedgerEntry::amount)
                    .containsExactly(new BigDecimal("200"));
            List<LedgerEntry> viaFlux = mono.partner()
                    .customers()
                    .transactionsAll(
                            DOCUMENTED,
                            ListCustomerTransactionsParams.builder().perPage(1).build())
                    .collectList()
                    .block();
            assertThat(viaFlux).isEqualTo(ledger.items());
            assertThat(server.journal().entries("GET", "/api/v1/partner/accounts/" + DOCUMENTED + "/transactions"))
                    .anyMatch(r -> r.query()
                            .equals(Map.of(
                                    "from_date", List.of("2026-05-07"),
                                    "to_date", List.of("2026-05-07"),
                                    "transaction_type", List.of("transfer"))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void afterTransfersTheCustomerLedgerTheGlobalLedgerAndTheBalancesAgree(String transport) {
        try (VobizClient c = partner(transport);
                ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
            String a = DemoData.customerAuthId(2);
            String b = DemoData.customerAuthId(3);
            BigDecimal partnerBefore = c.partner().profile().balance();
            for (String[] t : new String[][] {{a, "10.25"}, {b, "0.01"}, {a, "7"}}) {
                c.partner()
                        .customers()
                        .transferBalance(
                                t[0],
                                TransferBalanceRequest.builder()
                                        .amount(t[1])
                                        .currency("INR")
                                        .build());
            }
            LedgerEntry newest = c.partner()
                    .customers()
                    .transactions(a, ListCustomerTransactionsParams.none())
                    .items()
                    .get(0);
            assertThat(newest.type().is(LedgerEntryType.CREDIT)).isTrue();
            assertThat(newest.amount()).isEqualByComparingTo("7");
            List<LedgerEntry> partnerRows = new ArrayList<>();
            c.partner()
                    .transactionsAll(ListPartnerTransactionsParams.builder()
                            .account(DemoData.PARTNER_AUTH_ID)
                            .transactionType(TransactionType.TRANSFER)
                            .perPage(200)
                            .build())
                    .forEach(partnerRows::add);
            assertThat(partnerRows.subList(0, 3))
                    .allSatisfy(
                            r -> assertThat(r.type().is(LedgerEntryType.DEBIT)).isTrue())
                    .extracting(LedgerEntry::amount)
                    .containsExactly(new BigDecimal("7"), new BigDecimal("0.01"), new BigDecimal("10.25"));
            assertThat(partnerRows.get(0).reference()).isEqualTo(newest.reference());
            BigDecimal partnerAfter = c.partner().profile().balance();
            assertThat(partnerAfter).isEqualByComparingTo(partnerBefore.subtract(new BigDecimal("17.26")));
            assertThat(sum(c.partner()
                            .transactionsAll(ListPartnerTransactionsParams.builder()
                                    .account(DemoData.PARTNER_AUTH_ID)
                                    .build())))
                    .isEqualByComparingTo(partnerAfter);
            for (String customer : List.of(a, b, DOCUMENTED)) {
                BigDecimal wallet = c.partner().customers().balance(customer).cashCredits();
                assertThat(sum(c.partner()
                                .customers()
                                .transactionsAll(customer, ListCustomerTransactionsParams.none())))
                        .as(customer)
                        .isEqualByComparingTo(wallet);
                assertThat(sum(c.partner()
                                .transactionsAll(ListPartnerTransactionsParams.builder()
                                        .account(customer)
                                        .build())))
                        .isEqualByComparingTo(wallet);
                Page<LedgerEntry> viaMono = mono.partner()
                        .transactions(ListPartnerTransactionsParams.builder()
                                .account(customer)
                                .perPage(1)
                                .build())
                        .block();
                assertThat(viaMono.envelope(LedgerEnvelope.class).summary().netAmount())
                        .isEqualByComparingTo(wallet);
                assertThat(c.async()
                                .partner()
                                .transactions(ListPartnerTransactionsParams.builder()
                                        .search(customer)
                                        .build())
                                .join()
                                .items())
                        .isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void numbersOfOneCustomerAndOfAllSyncAsyncAndMono(String transport) {
        try (VobizClient c = partner(transport);
                ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
            Page<PhoneNumber> documented =
                    c.partner().customers().numbers(DOCUMENTED, ListCustomerNumbersParams.search("+91801234567"));
            assertThat(documented.items()).singleElement().satisfies(n -> {
                assertThat(n.e164()).isEqualTo("+918012345678");
                assertThat(n.monthlyFee()).isEqualTo(new BigDecimal("300"));
            });
            assertThat(c.async()
                            .partner()
                            .customers()
                            .numbers(DOCUMENTED, ListCustomerNumbersParams.search("0000000"))
                            .join()
                            .items())
                    .isEmpty();
            assertThat(mono.partner()
                            .customers()
                            .numbersAll(DOCUMENTED, ListCustomerNumbersParams.none())
                            .collectList()
                            .block())
                    .isEqualTo(documented.items());
            List<String> owners = new ArrayList<>();
            c.partner().numbersAll(new ListPartnerNumbersParams(null, 7)).forEach(n -> owners.add(n.accountId()));
            assertThat(owners).hasSize(DemoData.PARTNER_CUSTOMER_COUNT).doesNotHaveDuplicates();
            assertThat(mono.partner()
                            .numbersAll(ListPartnerNumbersParams.none())
                            .count()
                            .block())
                    .isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT);
            assertThat(c.async()
                            .partner()
                            .numbers(ListPartnerNumbersParams.none())
                            .join()
                            .total())
                    .isEqualTo((long) DemoData.PARTNER_CUSTOMER_COUNT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void everyErrorStatusIsTyped(String transport) {
        try (VobizClient c = partner(transport)) {
            List<Runnable> foreign = List.of(
                    () -> c.partner().customers().get(OTHERS),
                    () -> c.partner().customers().balance(OTHERS),
                    () -> c.partner().customers().transactions(OTHERS, ListCustomerTransactionsParams.none()),
                    () -> c.partner().customers().numbers(OTHERS, ListCustomerNumbersParams.none()),
                    () -> c.partner()
                            .transactions(ListPartnerTransactionsParams.builder()
                                    .account(OTHERS)
                                    .build()));
            foreign.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class));
            assertThatThrownBy(() -> c.raw()
                            .send(RawRequest.get("/api/v1/partner/accounts/" + DOCUMENTED + "/transactions")
                                    .query("per_page", "500")
                                    .build()))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.status()).isEqualTo(422));
            server.faults()
                    .add(FaultRule.of(Fault.status(400))
                            .path("/api/v1/partner/transactions")
                            .times(1));
            assertThatThrownBy(() -> c.partner().transactions(ListPartnerTransactionsParams.none()))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.status()).isEqualTo(400));
            int sent = server.journal().entries().size();
            assertThatThrownBy(() -> ListCustomerTransactionsParams.builder()
                            .perPage(201)
                            .build())
                    .isInstanceOf(RequestValidationException.class);
            assertThat(server.journal().entries()).hasSize(sent);
        }
        try (VobizClient wrong = client(transport, DemoData.PARTNER_AUTH_ID, "not-the-token")) {
            assertThatThrownBy(() -> wrong.partner().customers().balance(DOCUMENTED))
                    .isInstanceOf(AuthenticationException.class);
        }
        try (VobizClient account = client(transport, DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)) {
            assertThatThrownBy(() -> account.partner().numbers(ListPartnerNumbersParams.none()))
                    .isInstanceOf(PermissionException.class);
        }
    }

    static CliRunner.Result cli(String transport, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", server.baseUrl().toString(), "--transport", transport));
        CliRunner.Result r = CliRunner.with(env, TestkitServer::start).run(all.toArray(String[]::new));
        assertThat(r.all()).doesNotContain(DemoData.ACCOUNT_AUTH_TOKEN).doesNotContain(DemoData.PARTNER_AUTH_TOKEN);
        return r;
    }

    static JsonNode json(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return WireFormat.mapper().readTree(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void theGeneratedCommands(String transport) {
        CliRunner.Result get = cli(transport, PARTNER_ENV, "partner", "customers", "get", DOCUMENTED);
        assertThat(get.exitCode()).as(get.toString()).isZero();
        assertThat(get.out()).contains("John Doe").contains("<redacted>");
        JsonNode balance = json(cli(transport, PARTNER_ENV, "partner", "customers", "balance", DOCUMENTED, "--json"));
        assertThat(balance.get("cash_credits").asString()).isEqualTo("1300.00000");

        CliRunner.Result table = cli(
                transport,
                PARTNER_ENV,
                "partner",
                "customers",
                "transactions",
                DOCUMENTED,
                "--from-date",
                "2026-05-06");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out().lines().toList()).first().asString().startsWith("Created at");
        assertThat(table.out().lines().filter(l -> l.contains("ptc:"))).hasSize(3);
        JsonNode may7 = json(cli(
                transport,
                PARTNER_ENV,
                "partner",
                "customers",
                "transactions",
                DOCUMENTED,
                "--from-date",
                "2026-05-07",
                "--transaction-type",
                "transfer",
                "--json"));
        assertThat(may7.get("transactions")).hasSize(1);
        assertThat(may7.get("summary").get("net_amount").decimalValue()).isEqualByComparingTo("200");

        JsonNode transfers = json(cli(
                transport,
                PARTNER_ENV,
                "partner",
                "transactions",
                "--transaction-type",
                "transfer",
                "--all",
                "--json"));
        assertThat(transfers)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("reference").asString()).startsWith("ptc:"));
        JsonNode numbers = json(cli(
                transport, PARTNER_ENV, "partner", "customers", "numbers", DOCUMENTED, "--search", "8012", "--json"));
        assertThat(numbers.get("items")).hasSize(1);
        JsonNode all = json(cli(transport, PARTNER_ENV, "partner", "numbers", "--all", "--json"));
        assertThat(all).hasSize(DemoData.PARTNER_CUSTOMER_COUNT);

        assertThat(cli(transport, PARTNER_ENV, "partner", "customers", "get", OTHERS)
                        .exitCode())
                .isEqualTo(ExitCode.NOT_FOUND.code());
        assertThat(cli(
                                transport,
                                Map.of("VOBIZ_AUTH_ID", DemoData.PARTNER_AUTH_ID, "VOBIZ_AUTH_TOKEN", "wrong"),
                                "partner",
                                "customers",
                                "balance",
                                DOCUMENTED)
                        .exitCode())
                .isEqualTo(ExitCode.AUTHENTICATION.code());
        assertThat(cli(
                                transport,
                                Map.of(
                                        "VOBIZ_AUTH_ID",
                                        DemoData.ACCOUNT_AUTH_ID,
                                        "VOBIZ_AUTH_TOKEN",
                                        DemoData.ACCOUNT_AUTH_TOKEN),
                                "partner",
                                "numbers")
                        .exitCode())
                .isEqualTo(ExitCode.PERMISSION.code());
        assertThat(cli(transport, PARTNER_ENV, "raw", "GET", "/api/v1/partner/transactions", "--query", "per_page=500")
                        .exitCode())
                .isEqualTo(ExitCode.CLIENT_ERROR.code());
        server.faults()
                .add(FaultRule.of(Fault.status(400))
                        .path("/api/v1/partner/numbers")
                        .times(1));
        assertThat(cli(transport, PARTNER_ENV, "partner", "numbers").exitCode())
                .isEqualTo(ExitCode.CLIENT_ERROR.code());
        int sent = server.journal().entries().size();
        assertThat(cli(transport, PARTNER_ENV, "partner", "transactions", "--per-page", "500")
                        .exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(server.journal().entries()).as("nothing sent").hasSize(sent);
    }
}
