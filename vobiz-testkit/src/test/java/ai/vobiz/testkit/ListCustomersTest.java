package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.example;
import static ai.vobiz.testkit.TestSupport.get;
import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.partner;
import static ai.vobiz.testkit.TestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.paging.Page;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.junit.InProcess;
import ai.vobiz.testkit.junit.Partner;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/partner/accounts} over HTTP: paging, search, order, ownership, validation. */
class ListCustomersTest {
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static final String PATH = "/api/v1/partner/accounts";

    static JsonNode list(String query) {
        HttpResponse<String> r = send(partner(fake.server(), PATH + query));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("accounts").forEach(a -> out.add(a.get("auth_id").asString()));
        return out;
    }

    @Test
    void theFirstPageHasTheDocumentedShapeAndTheDocumentedRowFirst() {
        HttpResponse<String> r = send(partner(fake.server(), PATH));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = json(r);
        JsonNode documented = example("partner-accounts-list.json");
        assertThat(FakeServerHttpTest.fieldNames(page)).containsExactly("accounts", "total", "page", "size");
        assertThat(page.get("total").asInt()).isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("accounts")).hasSize(20);
        // The first row is the documented one, with the token served instead of the docs' "<redacted>".
        ObjectNode expected = (ObjectNode) documented.get("accounts").get(0).deepCopy();
        expected.put("auth_token", DemoData.ACCOUNT_AUTH_TOKEN);
        assertThat(page.get("accounts").get(0)).isEqualTo(expected);
        for (JsonNode row : page.get("accounts")) {
            assertThat(FakeServerHttpTest.fieldNames(row))
                    .containsExactlyElementsOf(FakeServerHttpTest.fieldNames(expected));
            assertThat(row.get("cash_credits").asString()).matches("\\d+\\.\\d{5}");
            assertThat(row.get("partner_id").asString()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        }
        assertThat(r.body()).contains("\"cash_credits\":\"1300.00000\"");
    }

    @Test
    void pagesAreNewestFirstAndTogetherHoldEveryCustomerOnce() {
        List<String> all = new ArrayList<>();
        List<OffsetDateTime> created = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            JsonNode page = list("?page=" + p + "&per_page=8");
            assertThat(page.get("page").asInt()).isEqualTo(p);
            assertThat(page.get("size").asInt()).isEqualTo(8);
            assertThat(page.get("total").asInt()).isEqualTo(30);
            all.addAll(ids(page));
            page.get("accounts")
                    .forEach(a ->
                            created.add(OffsetDateTime.parse(a.get("created_at").asString())));
        }
        assertThat(all).hasSize(30).doesNotHaveDuplicates();
        for (int n = 1; n <= 30; n++) {
            assertThat(all.get(n - 1)).isEqualTo(DemoData.customerAuthId(n));
        }
        for (int i = 1; i < created.size(); i++) {
            assertThat(created.get(i)).isBefore(created.get(i - 1));
        }
        assertThat(list("?page=2").get("accounts")).hasSize(10);
        JsonNode beyond = list("?page=5&per_page=8");
        assertThat(beyond.get("accounts")).isEmpty();
        assertThat(beyond.get("total").asInt()).isEqualTo(30);
        assertThat(list("?per_page=100").get("accounts")).hasSize(30);
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfNameOrEmail() {
        JsonNode sharma = list("?search=SHARMA&per_page=100");
        assertThat(sharma.get("total").asInt())
                .isEqualTo(sharma.get("accounts").size())
                .isPositive();
        sharma.get("accounts")
                .forEach(a -> assertThat(
                                (a.get("name").asString() + a.get("email").asString()).toLowerCase())
                        .contains("sharma"));
        assertThat(ids(list("?search=john%40example"))).containsExactly(DemoData.ACCOUNT_AUTH_ID);
        assertThat(ids(list("?search=Aarav+Patel"))).containsExactly("MA_DEMO0010");
        assertThat(list("?search=example.com&per_page=100").get("total").asInt())
                .isEqualTo(30);
        assertThat(list("?search=nobody-at-all").get("total").asInt()).isZero();
        assertThat(list("?search=").get("total").asInt()).isEqualTo(30);
        // The second partner's customers (…@globex.example) are never in the demo partner's list.
        assertThat(list("?search=globex").get("total").asInt()).isZero();
    }

    @Test
    void aPartnerSeesOnlyItsOwnCustomers() {
        HttpResponse<String> r =
                send(get(fake.server(), PATH, DemoData.SECOND_PARTNER_AUTH_ID, DemoData.SECOND_PARTNER_AUTH_TOKEN));
        JsonNode page = json(r);
        assertThat(page.get("total").asInt()).isEqualTo(DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
        Set<String> theirs = new HashSet<>(ids(page));
        assertThat(theirs).allSatisfy(id -> assertThat(id).startsWith("MA_YYYY"));
        assertThat(ids(list("?per_page=100"))).doesNotContainAnyElementsOf(theirs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "per_page=101|per_page|OUT_OF_RANGE|101",
                "per_page=0|per_page|OUT_OF_RANGE|0",
                "page=0|page|OUT_OF_RANGE|0",
                "page=-3|page|OUT_OF_RANGE|-3",
                "page=abc|page|INVALID_FORMAT|\"abc\"",
                "per_page=2.5|per_page|INVALID_FORMAT|\"2.5\""
            })
    void outOfRangeOrNonIntegerPagingIs422InTheValidationShape(String query, String field, String code, String value) {
        HttpResponse<String> r = send(partner(fake.server(), PATH + "?" + query));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = json(r);
        JsonNode documented = example("errors-validation-422.json");
        assertThat(body.get("status").asString())
                .isEqualTo(documented.get("status").asString());
        assertThat(body.get("error").get("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(FakeServerHttpTest.fieldNames(body.get("error")))
                .containsExactlyElementsOf(FakeServerHttpTest.fieldNames(documented.get("error")));
        JsonNode error = body.get("error").get("details").get("errors").get(0);
        assertThat(FakeServerHttpTest.fieldNames(error))
                .containsExactlyElementsOf(FakeServerHttpTest.fieldNames(
                        documented.get("error").get("details").get("errors").get(0)));
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("value").toString()).isEqualTo(value);
        assertThat(body.get("requestId").asString())
                .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void accountCredentialsAre403AndNoCredentials401() {
        assertThat(send(TestSupport.account(fake.server(), PATH)).statusCode()).isEqualTo(403);
        assertThat(send(get(fake.server(), PATH, null, null)).statusCode()).isEqualTo(401);
    }

    @Test
    void theSdkListsAndPagesThroughTheCustomers(@Partner @InProcess VobizClient client) {
        Page<Customer> first = client.partner().customers().list(ListCustomersParams.none());
        assertThat(first.items()).hasSize(20);
        assertThat(first.total()).isEqualTo(30L);
        assertThat(first.items().get(0).authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        assertThat(first.items().get(0).cashCredits()).isEqualByComparingTo("1300");
        List<String> all = new ArrayList<>();
        client.partner()
                .customers()
                .listAll(ListCustomersParams.builder().perPage(7).build())
                .forEach(c -> all.add(c.authId()));
        assertThat(all).hasSize(30).doesNotHaveDuplicates().startsWith(DemoData.ACCOUNT_AUTH_ID, "MA_DEMO0002");
        assertThat(client.partner()
                        .customers()
                        .list(ListCustomersParams.builder().search("sharma").build())
                        .items())
                .allSatisfy(c -> assertThat(c.name() + c.email()).containsIgnoringCase("sharma"));
    }
}
