package ai.vobiz.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeSeed;
import ai.vobiz.testkit.state.FakeTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class AdminApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.server().baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> api(String path, String id, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(fake.server().baseUrl() + path))
                        .header("X-Auth-ID", id)
                        .header("X-Auth-Token", token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void seedsAnAccountThatCanThenAuthenticate() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "/__admin/accounts",
                "{\"auth_id\":\"MA_NEW00001\",\"auth_token\":\"tok\",\"name\":\"New Co\",\"credit_limit\":99.5}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("\"auth_token\"").doesNotContain("tok\"");
        JsonNode me = json(api("/api/v1/auth/me", "MA_NEW00001", "tok"));
        assertThat(me.get("name").asString()).isEqualTo("New Co");
        assertThat(me.get("credit_limit").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(me.get("auth_id").asString()).isEqualTo("MA_NEW00001");
        assertThat(json(call("GET", "/__admin/accounts", null))).hasSize(2);
    }

    @Test
    void seedsAPartner() throws Exception {
        assertThat(call("POST", "/__admin/partners", "{\"auth_id\":\"PA_NEW\",\"auth_token\":\"t2\",\"balance\":42}")
                        .statusCode())
                .isEqualTo(201);
        JsonNode me = json(api("/api/v1/partner/me", "PA_NEW", "t2"));
        assertThat(me.get("balance").asString()).isEqualTo("42.00000");
        JsonNode partners = json(call("GET", "/__admin/partners", null));
        assertThat(partners).hasSize(FakeSeed.demo().partners().size() + 1);
        assertThat(partners.get(partners.size() - 1).get("auth_id").asString()).isEqualTo("PA_NEW");
    }

    @Test
    void injectsListsAndClearsFaults() throws Exception {
        HttpResponse<String> added = call(
                "POST",
                "/__admin/faults",
                "{\"fault\":{\"type\":\"status\",\"status\":503,\"headers\":{\"Retry-After\":\"1\"}},"
                        + "\"method\":\"GET\",\"path\":\"/api/v1/auth/me\",\"times\":1}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(call("GET", "/__admin/faults", null)).get("faults")).hasSize(1);
        HttpResponse<String> faulted = api("/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faulted.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(api("/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                        .statusCode())
                .isEqualTo(200);

        call("POST", "/__admin/faults", "{\"type\":\"close_connection\",\"fraction\":1.0,\"seed\":3}");
        assertThat(fake.server().faults().rules()).hasSize(2);
        assertThat(json(call("DELETE", "/__admin/faults", null)).get("cleared").asInt())
                .isEqualTo(2);
        assertThat(fake.server().faults().rules()).isEmpty();
    }

    @Test
    void everyFaultTypeParses() throws Exception {
        String[] faults = {
            "{\"type\":\"respond\",\"status\":418,\"body\":\"{}\"}",
            "{\"type\":\"delay\",\"delay_ms\":5}",
            "{\"type\":\"stall_body\",\"stall_ms\":5}",
            "{\"type\":\"close_connection\"}",
            "{\"type\":\"truncate_body\"}",
            "{\"type\":\"malformed_json\"}",
            "{\"type\":\"html_error_page\",\"status\":502}",
            "{\"type\":\"oversized_body\",\"bytes\":100}",
            "{\"type\":\"redirect\",\"status\":301,\"location\":\"http://x/\"}"
        };
        for (String f : faults) {
            assertThat(call("POST", "/__admin/faults", "{\"fault\":" + f + ",\"path\":\"/nowhere\"}")
                            .statusCode())
                    .as(f)
                    .isEqualTo(201);
        }
        assertThat(fake.server().faults().rules()).hasSize(faults.length);
    }

    @Test
    void badInputGets400WithAClearMessage() throws Exception {
        String[][] cases = {
            {"/__admin/faults", "not json", "not valid JSON"},
            {"/__admin/faults", "{\"fault\":{\"type\":\"nope\"}}", "unknown fault type 'nope'"},
            {"/__admin/faults", "{\"fault\":{}}", "needs a 'type'"},
            {"/__admin/faults", "{\"fault\":{\"type\":\"status\"}}", "'status' is required"},
            {"/__admin/faults", "{\"fault\":{\"type\":\"status\",\"status\":700}}", "status must be in"},
            {"/__admin/faults", "{\"type\":\"truncate_body\",\"times\":0}", "times must be at least 1"},
            {"/__admin/faults", "{\"type\":\"truncate_body\",\"times\":1,\"fraction\":0.5}", "not both"},
            {"/__admin/faults", "{\"type\":\"truncate_body\",\"path\":\"x\"}", "must start with '/'"},
            {"/__admin/faults", "{\"type\":\"redirect\",\"status\":302}", "needs a 'location'"},
            {"/__admin/accounts", "{\"name\":\"x\"}", "auth_id"},
            {"/__admin/accounts", "", "JSON body is required"},
            {"/__admin/partners", "[1]", "JSON object"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = call("POST", c[0], c[1]);
            assertThat(r.statusCode()).as(c[1]).isEqualTo(400);
            JsonNode body = json(r);
            assertThat(body.get("error").get("code").asString()).isEqualTo("BAD_REQUEST");
            assertThat(body.get("error").get("message").asString()).as(c[1]).contains(c[2]);
        }
        assertThat(call("PUT", "/__admin/faults", "{}").statusCode()).isEqualTo(405);
        assertThat(call("GET", "/__admin/nothing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void readsAndClearsTheJournalWithTokensRedacted() throws Exception {
        api("/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
        api("/api/v1/partner/me", DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
        HttpResponse<String> all = call("GET", "/__admin/journal", null);
        assertThat(json(all).get("count").asInt()).isEqualTo(2);
        assertThat(all.body())
                .doesNotContain(DemoData.ACCOUNT_AUTH_TOKEN)
                .doesNotContain(DemoData.PARTNER_AUTH_TOKEN)
                .contains("<redacted>");
        JsonNode filtered = json(call("GET", "/__admin/journal?method=GET&path=/api/v1/partner/me", null));
        assertThat(filtered.get("count").asInt()).isEqualTo(1);
        assertThat(filtered.get("entries").get(0).get("path").asString()).isEqualTo("/api/v1/partner/me");
        // Admin calls are not journaled.
        assertThat(fake.server().journal().count()).isEqualTo(2);
        assertThat(json(call("DELETE", "/__admin/journal", null)).get("cleared").asInt())
                .isEqualTo(2);
        assertThat(fake.server().journal().count()).isZero();
    }

    @Test
    void resetRestoresEverything() throws Exception {
        call("POST", "/__admin/accounts", "{\"auth_id\":\"MA_GONE\",\"auth_token\":\"t\"}");
        call("POST", "/__admin/faults", "{\"type\":\"status\",\"status\":500,\"path\":\"/nowhere\"}");
        api("/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
        HttpResponse<String> r = call("POST", "/__admin/reset", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(fake.server().state().account("MA_GONE")).isEmpty();
        assertThat(fake.server().faults().rules()).isEmpty();
        assertThat(fake.server().journal().count()).isZero();
    }

    @Test
    void listsTheKindsOfTheStoreWithTheirOwnersAndCounts() throws Exception {
        JsonNode kinds = json(call("GET", "/__admin/kinds", null));
        List<String> names = new ArrayList<>();
        kinds.forEach(k -> names.add(k.get("name").asString()));
        assertThat(names).containsExactly("accounts", "partners", "customers", "transactions", "cdrs", "numbers");
        assertThat(kinds.get(2).get("parents").get(0).asString()).isEqualTo("partners");
        assertThat(kinds.get(2).get("count").asInt())
                .isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT + DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
    }

    @Test
    void createsACustomerOfAPartnerThatThePartnerThenLists() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "/__admin/customers",
                "{\"auth_id\":\"MA_NEWCUST1\",\"auth_token\":\"t\",\"partner_auth_id\":\"PA_YYYYYYYY\","
                        + "\"name\":\"New Customer\",\"email\":\"new@globex.example\",\"cash_credits\":10.5}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = json(created);
        assertThat(c.get("cash_credits").asString()).isEqualTo("10.50000");
        assertThat(c.get("partner_auth_id").asString()).isEqualTo(DemoData.SECOND_PARTNER_AUTH_ID);
        assertThat(c.get("partner_id").asString())
                .isEqualTo(fake.server()
                        .state()
                        .partner(DemoData.SECOND_PARTNER_AUTH_ID)
                        .orElseThrow()
                        .partnerId());
        JsonNode theirs = json(
                api("/api/v1/partner/accounts", DemoData.SECOND_PARTNER_AUTH_ID, DemoData.SECOND_PARTNER_AUTH_TOKEN));
        assertThat(theirs.get("total").asInt()).isEqualTo(DemoData.SECOND_PARTNER_CUSTOMER_COUNT + 1);
        assertThat(theirs.toString()).contains("MA_NEWCUST1").doesNotContain("partner_auth_id");
        assertThat(json(call("GET", "/__admin/customers?parent=PA_YYYYYYYY", null)))
                .hasSize(DemoData.SECOND_PARTNER_CUSTOMER_COUNT + 1);
        assertThat(json(call("GET", "/__admin/customers/MA_NEWCUST1", null))
                        .get("name")
                        .asString())
                .isEqualTo("New Customer");
    }

    @Test
    void addsSeveralAtOnceAllOrNone() throws Exception {
        String row = "{\"id\":\"%s\",\"account_id\":\"MA_DEMO0002\",\"type\":\"credit\",\"amount\":5}";
        int before = fake.server().state().all(FakeTransaction.KIND).size();
        HttpResponse<String> bad = call(
                "POST",
                "/__admin/transactions",
                "[" + row.formatted("row-1") + "," + row.formatted("row-2").replace("MA_DEMO0002", "MA_NOBODY") + "]");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").get("message").asString())
                .contains("MA_NOBODY")
                .contains("customers");
        assertThat(fake.server().state().all(FakeTransaction.KIND)).hasSize(before);
        HttpResponse<String> ok = call(
                "POST", "/__admin/transactions", "[" + row.formatted("row-1") + "," + row.formatted("row-2") + "]");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(json(ok)).hasSize(2);
        assertThat(fake.server().state().all(FakeTransaction.KIND)).hasSize(before + 2);
    }

    @Test
    void deletesAnEntityWithWhatItOwns() throws Exception {
        int owned = fake.server()
                        .state()
                        .children(FakeTransaction.KIND, "MA_DEMO0002")
                        .size()
                + fake.server()
                        .state()
                        .children(ai.vobiz.testkit.state.FakeCdr.KIND, "MA_DEMO0002")
                        .size()
                + 1; // + number
        HttpResponse<String> deleted = call("DELETE", "/__admin/customers/MA_DEMO0002", null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("deleted").asInt()).isEqualTo(1 + owned);
        assertThat(call("GET", "/__admin/customers/MA_DEMO0002", null).statusCode())
                .isEqualTo(404);
        assertThat(call("DELETE", "/__admin/customers/MA_DEMO0002", null).statusCode())
                .isEqualTo(404);
        assertThat(fake.server().state().children(FakeTransaction.KIND, "MA_DEMO0002"))
                .isEmpty();
        assertThat(json(api("/api/v1/partner/accounts", DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN))
                        .get("total")
                        .asInt())
                .isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT - 1);
        assertThat(call("DELETE", "/__admin/accounts/" + DemoData.ACCOUNT_AUTH_ID, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anUnknownKindOrAnInvalidEntityIsRefusedClearly() throws Exception {
        HttpResponse<String> unknown = call("POST", "/__admin/dashboards", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").get("message").asString()).contains("customers");
        HttpResponse<String> orphan = call(
                "POST",
                "/__admin/customers",
                "{\"auth_id\":\"MA_O\",\"auth_token\":\"t\",\"partner_auth_id\":\"PA_NO\"}");
        assertThat(orphan.statusCode()).isEqualTo(400);
        assertThat(json(orphan).get("error").get("message").asString()).contains("PA_NO");
        assertThat(call("POST", "/__admin/numbers", "[]").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/__admin/transactions", "{\"account_id\":\"MA_DEMO0002\",\"type\":\"refund\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void adminIsNotSubjectToFaults() throws Exception {
        fake.server().faults().add(ai.vobiz.testkit.fault.Fault.closeConnection());
        assertThat(call("GET", "/__admin/faults", null).statusCode()).isEqualTo(200);
    }
}
