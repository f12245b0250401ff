package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo data, derived from the documented examples and the same on every run:
 *
 * <ul>
 *   <li>the demo account {@code MA_XXXXXXXX} ({@code account-retrieve.json});
 *   <li>the demo partner {@code PA_XXXXXXXX} ({@code partner-me.json}, currency INR, balance 23906.83) with
 *       {@value DemoData#PARTNER_CUSTOMER_COUNT} customers: the documented row {@code MA_XXXXXXXX} (its three documented
 *       ledger rows, its documented number and CDRs) and {@code MA_DEMO0002} … {@code MA_DEMO0030}, newest first;
 *   <li>a second partner {@code PA_YYYYYYYY} (balance 5000.00) with {@value DemoData#SECOND_PARTNER_CUSTOMER_COUNT}
 *       customers {@code MA_YYYY0001} … {@code MA_YYYY0005}.
 * </ul>
 *
 * Every wallet equals its ledger: each customer's {@code cash_credits} is the sum of its transfer credits minus its
 * call charges, each transfer has its debit leg in the partner's ledger, and each partner's ledger opens with a
 * recharge so that it sums to the partner's balance.
 */
final class DemoSeed {
    private static final String[] FIRST = {
        "Aarav", "Diya", "Vihaan", "Ananya", "Arjun", "Isha", "Kabir", "Meera", "Rohan", "Saanvi"
    };
    private static final String[] LAST = {
        "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Khan", "Das", "Mehta", "Rao"
    };
    private static final String COMPANY = "company";
    private static final String TRANSACTIONS = "examples/partner-customer-transactions.json";
    private static final String CDRS = "examples/partner-customer-cdrs.json";
    private static final String SECOND_PARTNER_CREATED = "2026-02-02T10:15:00.000000Z";

    private final List<FakeRecord> out = new ArrayList<>();
    private int transfers;

    private DemoSeed() {}

    static List<FakeRecord> entities() {
        DemoSeed s = new DemoSeed();
        s.out.add(FakeAccount.builder().build());
        s.demoPartner();
        s.secondPartner();
        return List.copyOf(s.out);
    }

    private void demoPartner() {
        FakePartner partner = FakePartner.builder().build();
        out.add(partner);
        int ledgerStart = out.size();
        BigDecimal transferred = documentedCustomer(partner);
        FakeCustomer documented = FakeCustomer.builder().build();
        Instant newest = documented.createdAt();
        for (int n = 2; n <= DemoData.PARTNER_CUSTOMER_COUNT; n++) {
            String first = FIRST[n % FIRST.length];
            String last = LAST[(n + n / LAST.length) % LAST.length];
            FakeCustomer.Builder c = FakeCustomer.builder()
                    .email(first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@example.com")
                    .field(COMPANY, last + " Enterprises");
            transferred = transferred.add(customer(
                    partner,
                    c,
                    n,
                    DemoData.customerAuthId(n),
                    first + " " + last,
                    newest.minus(Duration.ofDays(n - 1L).plusHours(n))));
        }
        out.add(ledgerStart, opening(partner, transferred));
    }

    private void secondPartner() {
        FakePartner partner = FakePartner.builder()
                .authId(DemoData.SECOND_PARTNER_AUTH_ID)
                .authToken(DemoData.SECOND_PARTNER_AUTH_TOKEN)
                .name("Jane Roe")
                .field(Fields.ID, Ledger.uuid("partner:" + DemoData.SECOND_PARTNER_AUTH_ID))
                .field("account_id", Json.MAPPER.getNodeFactory().numberNode(500100))
                .field("slug", "globex-partner")
                .field(COMPANY, "Globex Ltd")
                .field(Fields.EMAIL, "partners@globex.example")
                .field("account_count", Json.MAPPER.getNodeFactory().numberNode(DemoData.SECOND_PARTNER_CUSTOMER_COUNT))
                .balance(new BigDecimal("5000.00"))
                .field(Fields.CREATED_AT, SECOND_PARTNER_CREATED)
                .field(Fields.UPDATED_AT, SECOND_PARTNER_CREATED)
                .build();
        out.add(partner);
        int ledgerStart = out.size();
        BigDecimal transferred = BigDecimal.ZERO;
        Instant start = Instant.parse(SECOND_PARTNER_CREATED);
        for (int n = 1; n <= DemoData.SECOND_PARTNER_CUSTOMER_COUNT; n++) {
            FakeCustomer.Builder c = FakeCustomer.builder()
                    .partnerAuthId(partner.authId())
                    .email("customer" + n + "@globex.example")
                    .field(COMPANY, "Globex Customer " + n);
            transferred = transferred.add(customer(
                    partner,
                    c,
                    30 + n,
                    DemoData.secondPartnerCustomerAuthId(n),
                    "Globex Customer " + n,
                    start.plus(Duration.ofDays(n))));
        }
        out.add(ledgerStart, opening(partner, transferred));
    }

    /**
     * The documented row {@code MA_XXXXXXXX} with its three documented ledger rows (1300 in all, its wallet), their
     * partner legs, its documented number and two documented CDRs. Returns what the partner transferred.
     */
    private BigDecimal documentedCustomer(FakePartner partner) {
        FakeCustomer customer = FakeCustomer.builder().build();
        out.add(customer);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            ObjectNode row = Json.resourceObject(TRANSACTIONS, "/transactions/" + i);
            String id = transactionId();
            FakeTransaction credit = FakeTransaction.KIND
                    .fromJson(row)
                    .newBuilder()
                    .transactionId(id)
                    .build();
            Instant at = Timestamps.parse(row.get(Fields.CREATED_AT).asString()).orElseThrow();
            FakeTransaction debit = Ledger.transferLegs(
                            id,
                            id,
                            partner,
                            customer.authId(),
                            credit.amount(),
                            partner.currency(),
                            Ledger.DEFAULT_DESCRIPTION,
                            at)
                    .get(0)
                    .newBuilder()
                    .reference(credit.reference())
                    .build();
            out.add(debit);
            out.add(credit);
            total = total.add(credit.amount());
        }
        out.add(FakeNumber.builder().build());
        out.add(FakeCdr.builder().build());
        out.add(FakeCdr.KIND.fromJson(Json.resourceObject(CDRS, "/data/1")));
        return total;
    }

    /**
     * A generated customer with two transfers from its partner, call charges on every third one, a number and a CDR.
     * Returns what the partner transferred.
     */
    private BigDecimal customer(
            FakePartner partner, FakeCustomer.Builder c, int n, String authId, String name, Instant created) {
        BigDecimal first = BigDecimal.valueOf(100L * (1 + n % 5));
        BigDecimal second =
                BigDecimal.valueOf(n * 37L % 400).add(new BigDecimal("0.25").multiply(BigDecimal.valueOf(n % 4)));
        List<FakeTransaction> rows = new ArrayList<>();
        rows.addAll(transfer(partner, authId, first, created.plus(Duration.ofHours(2))));
        rows.addAll(transfer(partner, authId, second, created.plus(Duration.ofHours(26))));
        BigDecimal wallet = first.add(second);
        if (n % 3 == 0) {
            BigDecimal charges = new BigDecimal("1.25").multiply(BigDecimal.valueOf(n));
            rows.add(Ledger.row(
                            "charges:" + authId,
                            authId,
                            FakeTransaction.DEBIT,
                            charges,
                            partner.currency(),
                            created.plus(Duration.ofHours(30)))
                    .description("Call charges")
                    .reference("cdr:" + Ledger.uuid("cdr:" + authId))
                    .build());
            wallet = wallet.subtract(charges);
        }
        String updated = Timestamps.microsOffset(created.plus(Duration.ofHours(30)));
        out.add(c.authId(authId)
                .authToken(DemoData.customerAuthToken(authId))
                .partnerAuthId(partner.authId())
                .name(name)
                .field(Fields.ID, String.valueOf(500000 + n - 1))
                .field("api_id", Ledger.uuid("api:" + authId))
                .field("phone", String.format(Locale.ROOT, "+91987650%04d", n))
                .field("kyc_status", n % 3 == 0 ? "verified" : "pending")
                .field("is_verified", Json.MAPPER.getNodeFactory().booleanNode(n % 3 == 0))
                .field(Fields.CREATED_AT, Timestamps.microsOffset(created))
                .field(Fields.UPDATED_AT, updated)
                .field("last_login", updated)
                .field("resource_uri", "/v1/Account/" + authId + "/")
                .cashCredits(wallet)
                .build());
        rows.forEach(out::add);
        out.add(FakeNumber.builder()
                .key(Ledger.uuid("number:" + authId))
                .accountId(authId)
                .e164(String.format(Locale.ROOT, "+91801234%04d", 5678 + n))
                .build());
        out.add(FakeCdr.builder()
                .key(Ledger.uuid("cdr:" + authId))
                .accountId(authId)
                .field(Fields.ID, Json.MAPPER.getNodeFactory().numberNode(18000000L + 10L * n))
                .build());
        return first.add(second);
    }

    private List<FakeTransaction> transfer(FakePartner partner, String authId, BigDecimal amount, Instant at) {
        String id = transactionId();
        return Ledger.transferLegs(id, id, partner, authId, amount, partner.currency(), Ledger.DEFAULT_DESCRIPTION, at);
    }

    /** The partner's first ledger row: the recharge that, less what it transferred, leaves its balance. */
    private static FakeTransaction opening(FakePartner partner, BigDecimal transferred) {
        Instant created = Timestamps.parse(partner.json().get(Fields.CREATED_AT).asString())
                .orElseThrow();
        return Ledger.row(
                        "recharge:" + partner.authId(),
                        partner.authId(),
                        FakeTransaction.CREDIT,
                        partner.balance().add(transferred),
                        partner.currency(),
                        created)
                .description("Partner account recharge")
                .reference("recharge:" + partner.authId())
                .build();
    }

    /** The seed's transfer ids: {@code txn_5eed00000001} …, apart from the ids live transfers get. */
    private String transactionId() {
        return String.format(Locale.ROOT, "txn_5eed%08x", ++transfers);
    }
}
