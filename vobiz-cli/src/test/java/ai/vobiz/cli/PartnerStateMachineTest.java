package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.CustomerBalance;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.LedgerEntryType;
import ai.vobiz.domain.partner.ListCustomerTransactionsParams;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.paging.Page;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13, "the fake behaves like the documented server": a seeded, reproducible random walk of partner operations
 * (create a customer, transfer balance, list customers, read one customer, its balance and its ledger, and the refusals
 * each of them documents) against the testkit's fake over real loopback HTTP, through the SDK on the okhttp transport.
 *
 * <p>A small model (the partner's balance; each customer's wallet, email and ledger row count; the set of customers) is
 * updated only by what each successful call says it did, and after every step the invariants are read back from the
 * server through the SDK: the partner's balance never below zero and as the model says; no money made or lost (the
 * partner's balance plus the dashboard's {@code total_balance} is constant); the dashboard's {@code total_balance} is
 * the model's sum of wallets; the customer list's total is the model's count; the touched customer's wallet is the
 * model's and the sum of its ledger rows, whose number is the model's. Every {@value #FULL_CHECK_EVERY} steps, and at
 * the start and end, every customer is checked so.
 *
 * <p>The base seed is printed; a failure names it, the step and the last steps. Rerun one with {@code -Dvobiz.seed=N}
 * (and {@code -Dvobiz.ops=N} for a longer or shorter walk).
 */
class PartnerStateMachineTest {
    static final int DEFAULT_OPS = 1000;
    static final int FULL_CHECK_EVERY = 50;
    static final String RERUN = "./mvnw -B -o -q -pl vobiz-cli -am test -Dtest='PartnerStateMachineTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dvobiz.seed=";
    static final String[] FIRST = {"Kavya", "Ravi", "Meera", "Arjun", "Priya", "Vikram", "Ananya", "Rohan"};
    static final String[] LAST = {"Rao", "Shah", "Iyer", "Nair", "Das", "Kapoor", "Menon", "Gupta"};
    static final String[] DOMAINS = {"example.com", "example.org", "example.net"};

    /** One fake server for the class, reset after the test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    /** What the test believes one of the partner's customers is. */
    static final class Cust {
        final String authId;
        final String name;
        final String email;
        BigDecimal wallet;
        long ledgerRows;

        Cust(String authId, String name, String email, BigDecimal wallet, long ledgerRows) {
            this.authId = authId;
            this.name = name;
            this.email = email;
            this.wallet = wallet;
            this.ledgerRows = ledgerRows;
        }

        boolean matches(@Nullable String search) {
            if (search == null || search.isEmpty()) {
                return true;
            }
            String needle = search.toLowerCase(Locale.ROOT);
            return name.toLowerCase(Locale.ROOT).contains(needle)
                    || email.toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    /** What the test believes the partner is. */
    static final class Model {
        BigDecimal partner = BigDecimal.ZERO;
        /** The partner's balance plus every wallet: fixed once read at the start. */
        BigDecimal allMoney = BigDecimal.ZERO;

        final Map<String, Cust> customers = new LinkedHashMap<>();
        final List<String> ids = new ArrayList<>();

        void add(Cust c) {
            assertThat(customers.put(c.authId, c))
                    .as("a new auth ID: " + c.authId)
                    .isNull();
            ids.add(c.authId);
        }

        BigDecimal wallets() {
            return customers.values().stream().map(c -> c.wallet).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Cust any(SplittableRandom r) {
            return customers.get(ids.get(r.nextInt(ids.size())));
        }
    }

    /** The walk's state: the random source, the model, the client, and what the step did. */
    private final Model model = new Model();

    private SplittableRandom rnd = new SplittableRandom(0);
    private VobizClient c;
    private int created;
    private String what = "";
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private final Map<String, Integer> tally = new LinkedHashMap<>();

    @Test
    void aThousandRandomPartnerOperationsKeepTheInvariants() {
        String given = System.getProperty("vobiz.seed");
        long seed = given == null || given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
        int ops = Integer.getInteger("vobiz.ops", DEFAULT_OPS);
        System.out.println("PartnerStateMachineTest: base seed " + seed + ", " + ops
                + " operations (rerun with -Dvobiz.seed=" + seed + ")");
        rnd = new SplittableRandom(seed);
        long start = System.nanoTime();
        try (VobizClient client = EndToEnd.partnerClient(fake.server(), "okhttp")) {
            c = client;
            run(seed, 0, "reading the starting state", () -> {
                readStart();
                fullCheck();
            });
            for (int step = 1; step <= ops; step++) {
                int s = step;
                run(seed, step, null, () -> {
                    @Nullable String touched = randomStep(s > ops - ops / 10);
                    cheapCheck(touched);
                    if (s % FULL_CHECK_EVERY == 0 || s == ops) {
                        what = what + " + full check";
                        fullCheck();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "PartnerStateMachineTest: %d operations in %.1f s, seed %d; %s; %d customers,"
                        + " partner balance %s, wallets %s%n",
                ops,
                seconds,
                seed,
                tally,
                model.customers.size(),
                model.partner.toPlainString(),
                model.wallets().toPlainString());
    }

    /** Runs one step, turning any failure into one that names the seed, the step and how to rerun it. */
    private void run(long seed, int step, @Nullable String label, Runnable body) {
        what = label == null ? "" : label;
        try {
            body.run();
        } catch (Throwable t) {
            StringBuilder m = new StringBuilder()
                    .append("step ")
                    .append(step)
                    .append(" (")
                    .append(what)
                    .append(") failed with base seed ")
                    .append(seed)
                    .append("\nrerun: ")
                    .append(RERUN)
                    .append(seed)
                    .append("\nthe steps before it:");
            recent.forEach(r -> m.append("\n  ").append(r));
            m.append("\n").append(t);
            throw new AssertionError(m.toString(), t);
        }
        recent.addLast(step + ": " + what);
        if (recent.size() > 12) {
            recent.removeFirst();
        }
    }

    // ---- the starting state --------------------------------------------------------------------------------

    private void readStart() {
        model.partner = c.partner().profile().balance();
        for (Customer x : c.partner()
                .customers()
                .listAll(ListCustomersParams.builder().perPage(100).build())) {
            long rows = ledger(x.authId()).size();
            model.add(new Cust(x.authId(), x.name(), x.email(), x.cashCredits(), rows));
        }
        model.allMoney = model.partner.add(model.wallets());
        assertThat(model.customers).hasSize(DemoData.PARTNER_CUSTOMER_COUNT);
        assertThat(model.partner.signum()).isPositive();
    }

    // ---- one random operation ------------------------------------------------------------------------------

    /** Does one random operation, checks what it answered, updates the model; returns the customer it touched. */
    private @Nullable String randomStep(boolean lateInTheWalk) {
        int roll = rnd.nextInt(100);
        if (roll < 10) {
            return create();
        }
        if (roll < 12) {
            return duplicateEmail();
        }
        if (roll < 47) {
            return transfer(amount());
        }
        if (roll < 51) {
            return transfer(overBalance());
        }
        if (roll < 55) {
            return transferToUnknown();
        }
        if (roll < 68) {
            return listCustomers();
        }
        if (roll < 76) {
            return getCustomer();
        }
        if (roll < 84) {
            return balance();
        }
        if (roll < 96) {
            return readLedger();
        }
        if (roll < 97 && lateInTheWalk && model.partner.signum() > 0 && rnd.nextInt(4) == 0) {
            // Late and rarely: everything that is left, to the paisa; the balance may reach zero, never below.
            return transfer(model.partner);
        }
        return transfer(new BigDecimal("0.01"));
    }

    private void count(String op) {
        tally.merge(op, 1, Integer::sum);
    }

    private String create() {
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        String name = first + " " + last;
        String email = (first + "." + last + "." + (++created) + "-" + Integer.toString(rnd.nextInt(1 << 20), 36) + "@"
                        + DOMAINS[rnd.nextInt(DOMAINS.length)])
                .toLowerCase(Locale.ROOT);
        what = "create " + name + " <" + email + ">";
        CreatedCustomer made = c.partner().customers().create(request(name, email));
        count("create");
        assertThat(made.authId()).startsWith("MA_");
        assertThat(made.email()).isEqualTo(email);
        assertThat(made.balance()).isNotNull();
        assertThat(made.balance()).isEqualByComparingTo(BigDecimal.ZERO);
        what = what + " = " + made.authId();
        model.add(new Cust(made.authId(), name, email, made.balance(), 0));
        return made.authId();
    }

    private String duplicateEmail() {
        Cust taken = model.any(rnd);
        String email = rnd.nextBoolean() ? taken.email.toUpperCase(Locale.ROOT) : taken.email;
        what = "create with the taken email <" + email + "> (expect 422)";
        assertThatThrownBy(() -> c.partner().customers().create(request("Dup Licate", email)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(422));
        count("create-duplicate");
        return taken.authId;
    }

    private CreateCustomerRequest request(String name, String email) {
        return CreateCustomerRequest.builder()
                .name(name)
                .email(email)
                .password("Pw-" + Integer.toString(rnd.nextInt(1 << 30), 36) + "-9!")
                .phone(String.format(Locale.ROOT, "+9198%08d", rnd.nextInt(100_000_000)))
                .country("IN")
                .company(name.substring(name.indexOf(' ') + 1) + " Traders")
                .build();
    }

    /** A usual transfer: mostly a few rupees, sometimes a few hundred, always whole paise. */
    private BigDecimal amount() {
        long paise = rnd.nextInt(100) < 85 ? 1 + rnd.nextInt(2_000) : 2_000 + rnd.nextInt(28_000);
        return BigDecimal.valueOf(paise, 2);
    }

    /** More than the partner has: by a paisa, or by up to ten thousand rupees. */
    private BigDecimal overBalance() {
        BigDecimal by = rnd.nextBoolean() ? new BigDecimal("0.01") : BigDecimal.valueOf(1 + rnd.nextInt(1_000_000), 2);
        return model.partner.add(by).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private String transfer(BigDecimal amount) {
        Cust to = model.any(rnd);
        boolean covered = amount.compareTo(model.partner) <= 0;
        what = "transfer " + amount.toPlainString() + " to " + to.authId + " (partner has "
                + model.partner.toPlainString() + (covered ? ")" : "; expect insufficient_balance)");
        if (!covered) {
            assertThatThrownBy(() -> c.partner().customers().transferBalance(to.authId, inr(amount)))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("insufficient_balance"));
            count("transfer-refused");
            return to.authId;
        }
        BalanceTransfer t = c.partner().customers().transferBalance(to.authId, inr(amount));
        count("transfer");
        assertThat(t.amount()).isEqualByComparingTo(amount);
        assertThat(t.toAccount()).isEqualTo(to.authId);
        assertThat(t.fromAccount()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        // The model moves what the server says it moved.
        model.partner = model.partner.subtract(t.amount());
        to.wallet = to.wallet.add(t.amount());
        to.ledgerRows++;
        assertThat(t.partnerBalanceAfter()).as("partner_balance_after").isEqualByComparingTo(model.partner);
        assertThat(t.customerBalanceAfter()).as("customer_balance_after").isEqualByComparingTo(to.wallet);
        return to.authId;
    }

    private @Nullable String transferToUnknown() {
        String nobody = rnd.nextBoolean()
                ? "MA_NOSUCH" + Integer.toString(rnd.nextInt(1 << 24), 36).toUpperCase(Locale.ROOT)
                : DemoData.secondPartnerCustomerAuthId(1 + rnd.nextInt(DemoData.SECOND_PARTNER_CUSTOMER_COUNT));
        BigDecimal amount = amount();
        what = "transfer " + amount.toPlainString() + " to " + nobody + " (not the partner's; expect 404)";
        assertThatThrownBy(() -> c.partner().customers().transferBalance(nobody, inr(amount)))
                .isInstanceOf(NotFoundException.class);
        count("transfer-unknown");
        return null;
    }

    private @Nullable String listCustomers() {
        @Nullable String search = null;
        int kind = rnd.nextInt(10);
        if (kind < 4) {
            Cust x = model.any(rnd);
            String from = rnd.nextBoolean() ? x.email : x.name;
            int len = Math.min(from.length(), 2 + rnd.nextInt(8));
            int at = rnd.nextInt(from.length() - len + 1);
            search = from.substring(at, at + len);
            if (rnd.nextBoolean()) {
                search = search.toUpperCase(Locale.ROOT);
            }
        } else if (kind < 5) {
            search = "zq" + Integer.toString(rnd.nextInt(1 << 24), 36);
        }
        String needle = search;
        List<Cust> matching =
                model.customers.values().stream().filter(x -> x.matches(needle)).toList();
        @Nullable Integer perPage = rnd.nextInt(4) == 0 ? null : 1 + rnd.nextInt(ListCustomersParams.MAX_PER_PAGE);
        int size = perPage == null ? 20 : perPage;
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        @Nullable Integer page = rnd.nextInt(5) == 0 ? null : 1 + rnd.nextInt(pages + 1);
        int number = page == null ? 1 : page;
        what = "list customers page=" + page + " per_page=" + perPage + " search=" + search + " (model: "
                + matching.size() + " match)";
        Page<Customer> got = c.partner()
                .customers()
                .list(ListCustomersParams.builder()
                        .page(page)
                        .perPage(perPage)
                        .search(search)
                        .build());
        count("list");
        assertThat(got.total()).as("total").isEqualTo((long) matching.size());
        int expected = Math.max(0, Math.min(size, matching.size() - (number - 1) * size));
        assertThat(got.items()).as("items on the page").hasSize(expected);
        Set<String> seen = new HashSet<>();
        for (Customer x : got.items()) {
            Cust m = model.customers.get(x.authId());
            assertThat(m).as("listed " + x.authId() + " is a known customer").isNotNull();
            assertThat(seen.add(x.authId())).as("listed once: " + x.authId()).isTrue();
            assertThat(m.matches(needle)).as(x.authId() + " matches " + needle).isTrue();
            assertThat(x.cashCredits()).as("cash_credits of " + x.authId()).isEqualByComparingTo(m.wallet);
        }
        return null;
    }

    private String getCustomer() {
        if (rnd.nextInt(10) == 0) {
            String nobody =
                    DemoData.secondPartnerCustomerAuthId(1 + rnd.nextInt(DemoData.SECOND_PARTNER_CUSTOMER_COUNT));
            what = "get " + nobody + " (another partner's; expect 404)";
            assertThatThrownBy(() -> c.partner().customers().get(nobody)).isInstanceOf(NotFoundException.class);
            count("get-unknown");
            return model.any(rnd).authId;
        }
        Cust x = model.any(rnd);
        what = "get " + x.authId;
        Customer got = c.partner().customers().get(x.authId);
        count("get");
        assertThat(got.authId()).isEqualTo(x.authId);
        assertThat(got.email()).isEqualToIgnoringCase(x.email);
        assertThat(got.cashCredits()).as("cash_credits").isEqualByComparingTo(x.wallet);
        return x.authId;
    }

    private String balance() {
        Cust x = model.any(rnd);
        what = "balance of " + x.authId;
        CustomerBalance got = c.partner().customers().balance(x.authId);
        count("balance");
        assertThat(got.authId()).isEqualTo(x.authId);
        assertThat(got.cashCredits()).as("cash_credits").isEqualByComparingTo(x.wallet);
        return x.authId;
    }

    private String readLedger() {
        Cust x = model.any(rnd);
        int perPage = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : ListCustomerTransactionsParams.MAX_PER_PAGE);
        int pages = (int) Math.max(1, (x.ledgerRows + perPage - 1) / perPage);
        int page = 1 + rnd.nextInt(pages + 1);
        what = "ledger of " + x.authId + " page=" + page + " per_page=" + perPage + " (model: " + x.ledgerRows
                + " rows)";
        Page<LedgerEntry> got = c.partner()
                .customers()
                .transactions(
                        x.authId,
                        ListCustomerTransactionsParams.builder()
                                .page(page)
                                .perPage(perPage)
                                .build());
        count("ledger");
        assertThat(got.total()).as("total").isEqualTo(x.ledgerRows);
        long expected = Math.max(0, Math.min(perPage, x.ledgerRows - (long) (page - 1) * perPage));
        assertThat(got.items()).as("rows on the page").hasSize((int) expected);
        assertThat(got.items()).allSatisfy(r -> assertThat(r.accountId()).isEqualTo(x.authId));
        return x.authId;
    }

    // ---- the invariants ------------------------------------------------------------------------------------

    /** After every step: the partner, the money, the count, and the customer the step touched. */
    private void cheapCheck(@Nullable String touched) {
        BigDecimal partner = c.partner().profile().balance();
        assertThat(partner.signum())
                .as("the partner's balance is never below zero")
                .isNotNegative();
        assertThat(partner).as("the partner's balance").isEqualByComparingTo(model.partner);
        PartnerDashboard dashboard = c.partner().dashboard();
        BigDecimal wallets = Objects.requireNonNull(dashboard.totalBalance(), "total_balance");
        assertThat(wallets)
                .as("the dashboard's total_balance is the sum of the wallets")
                .isEqualByComparingTo(model.wallets());
        assertThat(partner.add(wallets))
                .as("no money made or lost: partner balance + total_balance")
                .isEqualByComparingTo(model.allMoney);
        assertThat(Objects.requireNonNull(dashboard.accounts()).total())
                .as("the dashboard's account count")
                .isEqualTo(model.customers.size());
        assertThat(c.partner()
                        .customers()
                        .list(ListCustomersParams.builder().perPage(1).build())
                        .total())
                .as("the customer list's total")
                .isEqualTo((long) model.customers.size());
        if (touched != null) {
            checkCustomer(model.customers.get(touched));
        }
    }

    /** Every customer, listed and read one by one, and their ledgers. */
    private void fullCheck() {
        Map<String, BigDecimal> listed = new LinkedHashMap<>();
        for (Customer x : c.partner()
                .customers()
                .listAll(ListCustomersParams.builder().perPage(100).build())) {
            assertThat(listed.put(x.authId(), x.cashCredits()))
                    .as("listed once: " + x.authId())
                    .isNull();
        }
        assertThat(listed.keySet()).as("the customers").isEqualTo(model.customers.keySet());
        BigDecimal sum = BigDecimal.ZERO;
        for (Cust m : model.customers.values()) {
            assertThat(listed.get(m.authId))
                    .as("listed cash_credits of " + m.authId)
                    .isEqualByComparingTo(m.wallet);
            sum = sum.add(listed.get(m.authId));
            checkLedger(m, listed.get(m.authId));
        }
        BigDecimal partner = c.partner().profile().balance();
        assertThat(partner.add(sum)).as("no money made or lost").isEqualByComparingTo(model.allMoney);
        cheapCheck(null);
    }

    /** The customer's wallet is the model's, and the sum of its ledger rows, whose number is the model's. */
    private void checkCustomer(Cust m) {
        BigDecimal wallet = c.partner().customers().balance(m.authId).cashCredits();
        assertThat(wallet).as("the wallet of " + m.authId).isEqualByComparingTo(m.wallet);
        checkLedger(m, wallet);
    }

    /** The customer's ledger has the model's number of rows, and they sum to the wallet the server gave. */
    private void checkLedger(Cust m, BigDecimal wallet) {
        List<LedgerEntry> rows = ledger(m.authId);
        assertThat((long) rows.size()).as("ledger rows of " + m.authId).isEqualTo(m.ledgerRows);
        assertThat(sum(rows))
                .as("the ledger of " + m.authId + " sums to its wallet")
                .isEqualByComparingTo(wallet);
    }

    private List<LedgerEntry> ledger(String authId) {
        List<LedgerEntry> rows = new ArrayList<>();
        c.partner()
                .customers()
                .transactionsAll(
                        authId,
                        ListCustomerTransactionsParams.builder()
                                .perPage(ListCustomerTransactionsParams.MAX_PER_PAGE)
                                .build())
                .forEach(rows::add);
        return rows;
    }

    static TransferBalanceRequest inr(BigDecimal amount) {
        return TransferBalanceRequest.builder().amount(amount).currency("INR").build();
    }

    static BigDecimal sum(List<LedgerEntry> rows) {
        BigDecimal s = BigDecimal.ZERO;
        for (LedgerEntry e : rows) {
            s = e.type().is(LedgerEntryType.DEBIT) ? s.subtract(e.amount()) : s.add(e.amount());
        }
        return s;
    }
}
