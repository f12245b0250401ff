package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.account;
import static ai.vobiz.testkit.TestSupport.example;
import static ai.vobiz.testkit.TestSupport.exampleText;
import static ai.vobiz.testkit.TestSupport.get;
import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.partner;
import static ai.vobiz.testkit.TestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class FakeServerHttpTest {
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void baseUrlIsLoopbackWithThePort() {
        assertThat(fake.server().baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:" + fake.server().port()));
        assertThat(fake.server().port()).isPositive();
    }

    @Test
    void authMeRendersTheDocumentedAccountExactly() {
        HttpResponse<String> r = send(account(fake.server(), "/api/v1/auth/me"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(r)).isEqualTo(example("account-retrieve.json"));
        assertThat(fieldNames(json(r))).containsExactlyElementsOf(fieldNames(example("account-retrieve.json")));
        // Literal spellings the JSON tree comparison would not see.
        assertThat(r.body())
                .contains("\"credit_limit\":0.0,")
                .contains("\"created_at\":\"2025-09-30T08:33:24.700542+00:00\"")
                .contains("\"description\":null");
    }

    @Test
    void partnerMeRendersTheDocumentedProfileExactly() {
        HttpResponse<String> r = send(partner(fake.server(), "/api/v1/partner/me"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r)).isEqualTo(TestSupport.partnerProfile());
        assertThat(fieldNames(json(r))).containsExactlyElementsOf(fieldNames(TestSupport.partnerProfile()));
        assertThat(r.body())
                .contains("\"balance\":\"23906.83000\",\"currency\":\"INR\",")
                .contains("\"created_at\":\"2026-01-19T18:39:14.529435Z\"");
        // Byte-for-byte the documented example plus the currency, once whitespace is removed.
        assertThat(r.body())
                .isEqualTo(Json_compact(exampleText("partner-me.json"))
                        .replace("\"balance\":\"23906.83000\",", "\"balance\":\"23906.83000\",\"currency\":\"INR\","));
    }

    private static String Json_compact(String s) {
        return ai.vobiz.testkit.internal.Json.MAPPER.writeValueAsString(
                ai.vobiz.testkit.internal.Json.MAPPER.readTree(s));
    }

    @Test
    void everyResponseCarriesARequestId() {
        for (HttpResponse<String> r : List.of(
                send(account(fake.server(), "/api/v1/auth/me")),
                send(get(fake.server(), "/api/v1/auth/me", null, null)),
                send(account(fake.server(), "/nope")),
                send(account(fake.server(), "/api/v1/partner/me")))) {
            assertThat(r.headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("req_"));
        }
    }

    @Test
    void missingOrWrongCredentialsGet401WithTheDocumentedBody() {
        JsonNode documented = example("account-retrieve.error-401.json");
        List<HttpResponse<String>> responses = List.of(
                send(get(fake.server(), "/api/v1/auth/me", null, null)),
                send(get(fake.server(), "/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, null)),
                send(get(fake.server(), "/api/v1/auth/me", DemoData.ACCOUNT_AUTH_ID, "wrong")),
                send(get(fake.server(), "/api/v1/auth/me", "MA_UNKNOWN", DemoData.ACCOUNT_AUTH_TOKEN)),
                send(get(fake.server(), "/api/v1/partner/me", DemoData.PARTNER_AUTH_ID, "wrong")),
                send(get(fake.server(), "/__test/echo", null, null)));
        for (HttpResponse<String> r : responses) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r)).isEqualTo(documented);
        }
    }

    @Test
    void wrongKindOfCredentialsGets403InTheStandardEnvelope() {
        HttpResponse<String> partnerOnAccount = send(partner(fake.server(), "/api/v1/auth/me"));
        HttpResponse<String> accountOnPartner = send(account(fake.server(), "/api/v1/partner/me"));
        for (HttpResponse<String> r : List.of(partnerOnAccount, accountOnPartner)) {
            assertThat(r.statusCode()).isEqualTo(403);
            JsonNode body = json(r);
            assertThat(body.get("status").asString()).isEqualTo("error");
            assertThat(body.get("error").get("code").asString()).isEqualTo("FORBIDDEN");
            assertThat(body.get("error").get("message").asString()).isNotBlank();
            assertThat(body.get("timestamp").asString()).endsWith("Z");
            assertThat(body.get("requestId").asString())
                    .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405WithAllow() {
        HttpResponse<String> notFound = send(account(fake.server(), "/api/v1/nothing-here"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(notFound.headers().firstValue("Content-Type")).hasValue("application/json");

        HttpResponse<String> wrongMethod =
                send(account(fake.server(), "/api/v1/auth/me").method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(wrongMethod).get("error").get("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void echoReturnsMethodPathQueryAndJsonBody() {
        HttpResponse<String> r = send(account(fake.server(), "/__test/echo?a=1&b=x%20y&b=z")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":12.50,\"note\":\"hi\"}")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("method").asString()).isEqualTo("POST");
        assertThat(body.get("path").asString()).isEqualTo("/__test/echo");
        assertThat(body.get("query").get("a").asString()).isEqualTo("1");
        assertThat(body.get("query").get("b").get(0).asString()).isEqualTo("x y");
        assertThat(body.get("query").get("b").get(1).asString()).isEqualTo("z");
        assertThat(body.get("body").get("note").asString()).isEqualTo("hi");
        assertThat(body.get("body").get("amount").decimalValue()).isEqualByComparingTo("12.50");

        HttpResponse<String> g = send(partner(fake.server(), "/__test/echo"));
        assertThat(json(g).get("method").asString()).isEqualTo("GET");
        assertThat(json(g).get("body").isNull()).isTrue();
        assertThat(json(g).get("query").isEmpty()).isTrue();
    }

    @Test
    void journalRecordsEveryApiRequestWithHeadersAndBody() throws Exception {
        send(account(fake.server(), "/api/v1/auth/me?x=1"));
        send(account(fake.server(), "/__test/echo").POST(HttpRequest.BodyPublishers.ofString("{\"k\":1}")));
        send(get(fake.server(), "/nope", null, null));
        assertThat(fake.server().journal().count()).isEqualTo(3);
        assertThat(fake.server().journal().count("GET", "/api/v1/auth/me")).isEqualTo(1);
        assertThat(fake.server().journal().count("POST", null)).isEqualTo(1);
        var first = fake.server().journal().entries().get(0);
        assertThat(first.queryParam("x")).hasValue("1");
        assertThat(first.header("x-auth-id")).hasValue(DemoData.ACCOUNT_AUTH_ID);
        assertThat(first.toString()).doesNotContain(DemoData.ACCOUNT_AUTH_TOKEN).contains("<redacted>");
        assertThat(fake.server().journal().entries("POST", "/__test/*").get(0).bodyAsString())
                .isEqualTo("{\"k\":1}");
        assertThat(fake.server().journal().last().path()).isEqualTo("/nope");
    }

    @Test
    void servesTwoHundredParallelCalls() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            calls.add(TestSupport.HTTP.sendAsync(
                    account(fake.server(), "/api/v1/auth/me").build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
        assertThat(fake.server().journal().count("GET", "/api/v1/auth/me")).isEqualTo(250);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
