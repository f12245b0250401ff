package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.example;
import static ai.vobiz.testkit.TestSupport.get;
import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.partner;
import static ai.vobiz.testkit.TestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.BalanceTransfers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One customer, its balance and ledger, the global ledger (docs/api-digest.md §3.7, §3.8, §3.10, §3.11) over HTTP:
 * documented shapes, ownership, filters, validation, and the ledgers agreeing with the wallets after transfers.
 */
class PartnerLedgerRoutesTest {
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perTest();

    static final String ACCOUNTS = "/api/v1/partner/accounts/";
    static final String GLOBAL = "/api/v1/partner/transactions";
    static final String DOCUMENTED = DemoData.ACCOUNT_AUTH_ID;
    static final String OTHERS = DemoData.secondPartnerCustomerAuthId(1);

    static JsonNode ok(String path) {
        HttpResponse<String> r = send(partner(fake.server(), path));
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json(r);
    }

    static HttpResponse<String> partnerCall(String path) {
        return send(partner(fake.server(), path));
    }

    /** Every row of a ledger path, page by page, as served. */
    static List<JsonNode> allRows(String path) {
        List<JsonNode> rows = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode body = ok(path + sep + "per_page=200&page=" + page);
            body.get("transactions").forEach(rows::add);
            if (page >= body.get("total_pages").asInt()) {
                assertThat(rows).hasSize(body.get("total").asInt());
                return rows;
            }
        }
    }

    static BigDecimal sum(List<JsonNode> rows) {
        BigDecimal s = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            BigDecimal a = row.get("amount").decimalValue();
            s = "debit".equals(row.get("type").asString()) ? s.subtract(a) : s.add(a);
        }
        return s;
    }

    @Test
    void getCustomerServesTheStoredRowWithEveryDocumentedField() {
        JsonNode c = ok(ACCOUNTS + DOCUMENTED);
        JsonNode listed =
                ok("/api/v1/partner/accounts?per_page=1").get("accounts").get(0);
        assertThat(c).isEqualTo(listed);
        assertThat(FakeServerHttpTest.fieldNames(c))
                .containsAll(FakeServerHttpTest.fieldNames(example("partner-account-get.json")));
        assertThat(c.get("auth_token").asString()).isEqualTo(DemoData.ACCOUNT_AUTH_TOKEN);
        assertThat(c.get("cash_credits").asString()).isEqualTo("1300.00000");
    }

    @Test
    void balanceHasTheDocumentedFieldsInOrderAndAgreesWithTheCustomer() {
        JsonNode b = ok(ACCOUNTS + DOCUMENTED + "/balance");
        assertThat(b).isEqualTo(example("partner-account-balance.json").deepCopy());
        String generated = DemoData.customerAuthId(2);
        JsonNode other = ok(ACCOUNTS + generated + "/balance");
        assertThat(FakeServerHttpTest.fieldNames(other))
                .containsExactly("auth_id", "name", "cash_credits", "currency", "updated_at");
        assertThat(other.get("cash_credits")).isEqualTo(ok(ACCOUNTS + generated).get("cash_credits"));
    }

    /** Another partner's customer is answered like an unknown one: 404 in the standard envelope, on every route. */
    @ParameterizedTest
    @ValueSource(strings = {"", "/balance", "/transactions", "/numbers"})
    void anotherPartnersCustomerIsNotFound(String suffix) {
        for (String id : List.of(OTHERS, "MA_NOSUCHONE")) {
            HttpResponse<String> r = partnerCall(ACCOUNTS + id + suffix);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
            assertThat(json(r).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(json(r).get("error").get("message").asString()).contains(id);
        }
        HttpResponse<String> own = send(get(
                fake.server(),
                ACCOUNTS + OTHERS + suffix,
                DemoData.SECOND_PARTNER_AUTH_ID,
                DemoData.SECOND_PARTNER_AUTH_TOKEN));
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {ACCOUNTS + DOCUMENTED, ACCOUNTS + DOCUMENTED + "/balance", GLOBAL})
    void credentialsAreCheckedFirst(String path) {
        assertThat(send(get(fake.server(), path, null, null)).statusCode()).isEqualTo(401);
        assertThat(send(get(fake.server(), path, DemoData.PARTNER_AUTH_ID, "wrong"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(TestSupport.account(fake.server(), path)).statusCode()).isEqualTo(403);
    }

    @Test
    void theDocumentedCustomersLedgerIsTheDocumentedBody() {
        JsonNode body = ok(ACCOUNTS + DOCUMENTED + "/transactions");
        assertThat(body).isEqualTo(example("partner-customer-transactions.json"));
    }

    @ParameterizedTest
    @CsvSource({
        "?from_date=2026-05-07, 1, 200",
        "?to_date=2026-05-06, 2, 1100",
        "?from_date=2026-05-06&to_date=2026-05-06, 2, 1100",
        "?from_date=2026-05-08, 0, 0",
        "?transaction_type=transfer, 3, 1300",
        "?transaction_type=transfer&from_date=2026-05-07&to_date=2026-05-07, 1, 200",
        "?transaction_type=recharge, 0, 0",
        "?transaction_type=debit, 0, 0",
        "?per_page=1&page=2, 3, 1300",
    })
    void filtersAreInclusiveDatesAndTypesAndedAndTheSummaryCoversEveryMatch(String query, int total, String net) {
        JsonNode body = ok(ACCOUNTS + DOCUMENTED + "/transactions" + query);
        assertThat(body.get("total").asInt()).isEqualTo(total);
        assertThat(body.get("summary").get("total_transactions").asInt()).isEqualTo(total);
        assertThat(body.get("summary").get("net_amount").decimalValue()).isEqualByComparingTo(net);
        assertThat(body.get("summary").get("by_reference_type")).hasSize(total == 0 ? 0 : 1);
    }

    @Test
    void debitsAndRechargesAreFilteredByCause() {
        // The partner's opening recharge is a credit; call charges are debits (every third generated customer).
        List<JsonNode> recharges = allRows(GLOBAL + "?transaction_type=recharge");
        assertThat(recharges).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("credit");
            assertThat(r.get("reference").asString()).doesNotStartWith("ptc:");
        });
        List<JsonNode> debits = allRows(GLOBAL + "?transaction_type=debit");
        assertThat(debits).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("debit");
            assertThat(r.get("reference").asString()).doesNotStartWith("ptc:");
        });
        List<JsonNode> transfers = allRows(GLOBAL + "?transaction_type=transfer");
        assertThat(transfers)
                .allSatisfy(r -> assertThat(r.get("reference").asString()).startsWith("ptc:"));
        assertThat(recharges.size() + debits.size() + transfers.size())
                .isEqualTo(allRows(GLOBAL).size());
    }

    @Test
    void rowsAreNewestFirstAcrossPages() {
        List<JsonNode> rows = allRows(GLOBAL);
        for (int i = 1; i < rows.size(); i++) {
            OffsetDateTime before =
                    OffsetDateTime.parse(rows.get(i - 1).get("created_at").asString());
            OffsetDateTime after =
                    OffsetDateTime.parse(rows.get(i).get("created_at").asString());
            assertThat(before).as("row %d", i).isAfterOrEqualTo(after);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "per_page=201, per_page, OUT_OF_RANGE",
        "per_page=0, per_page, OUT_OF_RANGE",
        "page=abc, page, INVALID_FORMAT",
        "from_date=2026-13-01, from_date, INVALID_FORMAT",
        "to_date=07/05/2026, to_date, INVALID_FORMAT",
        "transaction_type=adjustment, transaction_type, INVALID_FORMAT",
    })
    void malformedQueriesAre422InTheDocumentedValidationShape(String query, String field, String code) {
        for (String path : List.of(ACCOUNTS + DOCUMENTED + "/transactions?", GLOBAL + "?")) {
            HttpResponse<String> r = partnerCall(path + query);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            JsonNode error = json(r).get("error");
            assertThat(error.get("code").asString()).isEqualTo("VALIDATION_ERROR");
            JsonNode item = error.get("details").get("errors").get(0);
            assertThat(FakeServerHttpTest.fieldNames(item))
                    .containsExactlyElementsOf(FakeServerHttpTest.fieldNames(example("errors-validation-422.json")
                            .get("error")
                            .get("details")
                            .get("errors")
                            .get(0)));
            assertThat(item.get("field").asString()).isEqualTo(field);
            assertThat(item.get("code").asString()).isEqualTo(code);
        }
        assertThat(ok(GLOBAL + "?per_page=200").get("per_page").asInt()).isEqualTo(200);
    }

    @Test
    void theGlobalLedgerHoldsThePartnersAndItsCustomersRowsOnly() {
        List<JsonNode> rows = allRows(GLOBAL);
        assertThat(rows)
                .extracting(r -> r.get("account_id").asString())
                .contains(DemoData.PARTNER_AUTH_ID, DOCUMENTED, DemoData.customerAuthId(30))
                .doesNotContain(OTHERS, DemoData.SECOND_PARTNER_AUTH_ID);
        assertThat(ok(GLOBAL).has("account_auth_id")).isFalse();
        // account narrows to one customer: the customer's own ledger, row for row.
        assertThat(allRows(GLOBAL + "?account=" + DOCUMENTED))
                .isEqualTo(allRows(ACCOUNTS + DOCUMENTED + "/transactions"));
        HttpResponse<String> foreign = partnerCall(GLOBAL + "?account=" + OTHERS);
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    /** Each row found mentions the text in its description, reference or account id, or is of the named account. */
    @ParameterizedTest
    @CsvSource({
        "Vihaan%20Iyer, vihaan iyer, MA_DEMO0002", // the account's name
        "ma_demo0002, ma_demo0002, MA_DEMO0002", // the account id, case-insensitive
        "Call%20charges, call charges, ", // the description
        "ptc:, ptc:, ", // the reference
    })
    void searchMatchesDescriptionReferenceAccountIdOrName(String query, String needle, String named) {
        List<JsonNode> rows = allRows(GLOBAL + "?search=" + query);
        assertThat(rows).isNotEmpty();
        for (JsonNode r : rows) {
            String account = r.get("account_id").asString();
            String text = (r.get("description").asString() + " "
                            + r.get("reference").asString() + " " + account)
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(text.contains(needle) || account.equals(named))
                    .as("%s matches %s", r, needle)
                    .isTrue();
        }
        if (named != null) {
            assertThat(rows).containsAll(allRows(ACCOUNTS + named + "/transactions"));
        }
        assertThat(allRows(GLOBAL + "?search=no-such-text-anywhere")).isEmpty();
    }

    @Test
    void afterTransfersTheLedgersAndTheWalletsAgree() {
        String a = DemoData.customerAuthId(2);
        String b = DemoData.customerAuthId(3);
        for (String[] t : new String[][] {{a, "10.25"}, {b, "0.01"}, {a, "7"}}) {
            BalanceTransfers.Result r = BalanceTransfers.transfer(
                    fake.server().state(), DemoData.PARTNER_AUTH_ID, t[0], new BigDecimal(t[1]), "INR", "Top-up");
            assertThat(r).isInstanceOf(BalanceTransfers.Completed.class);
        }
        JsonNode newest = ok(ACCOUNTS + a + "/transactions").get("transactions").get(0);
        assertThat(newest.get("type").asString()).isEqualTo("credit");
        assertThat(newest.get("amount").decimalValue()).isEqualByComparingTo("7");
        assertThat(newest.get("description").asString()).endsWith(": Top-up");
        List<JsonNode> global = allRows(GLOBAL + "?search=Top-up");
        assertThat(global).hasSize(6);
        assertThat(global.stream().filter(r -> r.get("account_id").asString().equals(DemoData.PARTNER_AUTH_ID)))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get("type").asString()).isEqualTo("debit"));
        for (String customer : List.of(a, b, DOCUMENTED, DemoData.customerAuthId(30))) {
            BigDecimal wallet = new BigDecimal(
                    ok(ACCOUNTS + customer + "/balance").get("cash_credits").asString());
            assertThat(sum(allRows(ACCOUNTS + customer + "/transactions")))
                    .as(customer)
                    .isEqualByComparingTo(wallet);
            assertThat(sum(allRows(GLOBAL + "?account=" + customer))).isEqualByComparingTo(wallet);
            JsonNode summary =
                    ok(ACCOUNTS + customer + "/transactions?per_page=1").get("summary");
            assertThat(summary.get("net_amount").decimalValue()).isEqualByComparingTo(wallet);
        }
        BigDecimal partnerBalance =
                new BigDecimal(ok("/api/v1/partner/me").get("balance").asString());
        assertThat(sum(allRows(GLOBAL + "?account=" + DemoData.PARTNER_AUTH_ID)))
                .isEqualByComparingTo(partnerBalance);
    }

    @Test
    void theDocumentedCustomersNumbersAreTheDocumentedBody() {
        assertThat(ok(ACCOUNTS + DOCUMENTED + "/numbers")).isEqualTo(example("partner-customer-numbers.json"));
        assertThat(ok(ACCOUNTS + DOCUMENTED + "/numbers?search=8012345")
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(ACCOUNTS + DOCUMENTED + "/numbers?search=%2B91801")
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(ACCOUNTS + DOCUMENTED + "/numbers?search=999999").get("items"))
                .isEmpty();
        HttpResponse<String> tooMany = partnerCall(ACCOUNTS + DOCUMENTED + "/numbers?per_page=101");
        assertThat(tooMany.statusCode()).isEqualTo(422);
    }

    @Test
    void theGlobalNumbersAreEveryOwnCustomersNumbersOnce() {
        JsonNode page = ok("/api/v1/partner/numbers?per_page=100");
        assertThat(FakeServerHttpTest.fieldNames(page)).containsExactly("items", "page", "per_page", "total");
        assertThat(page.get("total").asInt()).isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT);
        List<String> owners = new ArrayList<>();
        page.get("items").forEach(n -> owners.add(n.get("account_id").asString()));
        assertThat(owners).doesNotHaveDuplicates().contains(DOCUMENTED).doesNotContain(OTHERS);
        JsonNode second = json(send(get(
                fake.server(),
                "/api/v1/partner/numbers",
                DemoData.SECOND_PARTNER_AUTH_ID,
                DemoData.SECOND_PARTNER_AUTH_TOKEN)));
        assertThat(second.get("total").asInt()).isEqualTo(DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
        assertThat(partnerCall("/api/v1/partner/numbers?per_page=101").statusCode())
                .isEqualTo(422);
        ObjectNode two = (ObjectNode) ok("/api/v1/partner/numbers?per_page=2&page=2");
        assertThat(two.get("items")).hasSize(2);
        assertThat(two.get("items").get(0)).isEqualTo(page.get("items").get(2));
    }
}
