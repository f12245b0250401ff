package ai.vobiz.client;

import static ai.vobiz.Examples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.internal.json.JsonCodec;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class RawRequestTest {

    /** Answers with an echo of what it received, like the testkit's /__test/echo. */
    static StubTransport echo() {
        return new StubTransport(r -> {
            var node = JsonCodec.MAPPER.createObjectNode();
            node.put("method", r.method().name());
            node.put("path", r.uri().getRawPath());
            node.put("query", r.uri().getRawQuery());
            node.put("body", r.body() == null ? null : new String(r.body(), StandardCharsets.UTF_8));
            return HttpResponse.of(200, HttpHeaders.of("X-Echo", "1"), JsonCodec.MAPPER.writeValueAsBytes(node));
        });
    }

    static VobizClient client(StubTransport t) {
        return VobizClient.builder()
                .credentials("MA_RAW", "tok_raw_secret")
                .baseUrl("https://api.vobiz.ai")
                .transport(t)
                .build();
    }

    @Test
    void getWithQueryIsEncodedAndAuthenticated() {
        StubTransport t = echo();
        RawResponse r = client(t)
                .raw()
                .send(RawRequest.get("/api/v1/Account/MA_RAW/transactions")
                        .query("to", "+919876543210")
                        .query("q", "a b&c=d/é")
                        .query("page", "1")
                        .query("page", "2")
                        .build());
        HttpRequest sent = t.lastRequest();
        assertThat(sent.method()).isEqualTo(HttpMethod.GET);
        assertThat(sent.uri().getRawQuery()).isEqualTo("to=%2B919876543210&q=a%20b%26c%3Dd%2F%C3%A9&page=1&page=2");
        assertThat(sent.uri().getQuery()).contains("to=+919876543210");
        assertThat(sent.idempotent()).isTrue();
        assertThat(sent.body()).isNull();
        assertThat(sent.headers().firstValue("X-Auth-ID")).contains("MA_RAW");
        assertThat(sent.headers().firstValue("X-Auth-Token")).contains("tok_raw_secret");
        assertThat(sent.headers().firstValue("Accept")).contains("application/json");
        assertThat(sent.headers().firstValue("Content-Type")).isEmpty();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-echo")).contains("1");
        assertThat(r.json().get("path").asString()).isEqualTo("/api/v1/Account/MA_RAW/transactions");
    }

    @Test
    void aPlusInThePathIsSentAsPercent2B() {
        StubTransport t = echo();
        client(t).raw().send(RawRequest.get("/api/v1/numbers/+919876543210 x").build());
        assertThat(t.lastRequest().uri().getRawPath()).isEqualTo("/api/v1/numbers/%2B919876543210%20x");
        client(t).raw().send(RawRequest.get("/api/v1/numbers/%2B91").build());
        assertThat(t.lastRequest().uri().getRawPath()).isEqualTo("/api/v1/numbers/%2B91");
        client(t)
                .raw()
                .send(RawRequest.get("/api/v1/x?per_page=5").query("page", "2").build());
        assertThat(t.lastRequest().uri().getRawQuery()).isEqualTo("per_page=5&page=2");
    }

    @Test
    void postSendsAJsonBodyAndIsNotIdempotent() {
        StubTransport t = echo();
        RawResponse r = client(t)
                .raw()
                .send(RawRequest.post("/api/v1/partner/accounts/MA_C/transfer-balance")
                        .body("{\"amount\": 500.00, \"currency\": \"INR\"}")
                        .build());
        HttpRequest sent = t.lastRequest();
        assertThat(sent.method()).isEqualTo(HttpMethod.POST);
        assertThat(sent.idempotent()).isFalse();
        assertThat(sent.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\": 500.00, \"currency\": \"INR\"}");
        assertThat(r.json().get("body").asString()).contains("500.00");

        JsonNode tree = JsonCodec.MAPPER.createObjectNode().put("amount", new BigDecimal("500.00"));
        client(t).raw().send(RawRequest.post("/api/v1/x").body(tree).build());
        assertThat(new String(t.lastRequest().body(), StandardCharsets.UTF_8)).isEqualTo("{\"amount\":500.00}");
    }

    @Test
    void idempotencyFollowsTheMethodUnlessOverridden() {
        assertThat(RawRequest.delete("/x").build().idempotent()).isTrue();
        assertThat(RawRequest.post("/x").build().idempotent()).isFalse();
        assertThat(RawRequest.builder(HttpMethod.PUT, "/x")
                        .idempotent(false)
                        .build()
                        .idempotent())
                .isFalse();
        assertThat(RawRequest.post("/x").idempotent(true).build().idempotent()).isTrue();
        StubTransport t = echo();
        client(t).raw().send(RawRequest.builder(HttpMethod.PATCH, "/x").build());
        assertThat(t.lastRequest().idempotent()).isFalse();
        assertThat(t.lastRequest().method()).isEqualTo(HttpMethod.PATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/steal", "//evil.example/steal", "api/v1/auth/me", ""})
    void absoluteOrHostRelativeUrlsAreRefused(String path) {
        assertThatThrownBy(() -> RawRequest.get(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidJsonBodyIsRefused() {
        assertThatThrownBy(() -> RawRequest.post("/x").body("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    record Echo(
            String method,
            String path,
            @JsonProperty("query") String rawQuery) {}

    @Test
    void mapsTheBodyToATypeOrATree() {
        StubTransport t = echo();
        RawResponse r =
                client(t).raw().send(RawRequest.get("/api/v1/x").query("a", "1").build());
        Echo e = r.as(Echo.class);
        assertThat(e).isEqualTo(new Echo("GET", "/api/v1/x", "a=1"));
        assertThat(r.as(JsonNode.class)).isSameAs(r.json());
        assertThat(r.bodyAsString()).contains("\"method\":\"GET\"");
        assertThat(r.toString()).contains("200").doesNotContain("method");
    }

    @Test
    void mapsToTheSdkModelsWithTheirLenientDecoders() {
        StubTransport account = StubTransport.answering(200, bytes("account-retrieve.json"));
        Account a = client(account)
                .raw()
                .send(RawRequest.get("/api/v1/auth/me").build())
                .as(Account.class);
        assertThat(a.creditLimit()).isEqualTo(new BigDecimal("0.0"));
        StubTransport partner = StubTransport.answering(200, bytes("partner-me.json"));
        PartnerProfile p = client(partner)
                .raw()
                .send(RawRequest.get("/api/v1/partner/me").build())
                .as(PartnerProfile.class);
        assertThat(p.balance()).isEqualTo(new BigDecimal("23906.83000"));
    }

    record Typed(int count, List<String> names) {}

    @Test
    void aBodyThatDoesNotFitTheTypeIsADecodingErrorNamingTheField() {
        StubTransport t = StubTransport.answering(200, "{\"count\": \"many\", \"names\": []}");
        RawResponse r = client(t).raw().send(RawRequest.get("/x").build());
        assertThatThrownBy(() -> r.as(Typed.class)).isInstanceOfSatisfying(DecodingException.class, e -> {
            assertThat(e.targetType()).isEqualTo("Typed");
            assertThat(e.field()).isEqualTo("count");
            assertThat(e.snippet()).contains("many");
        });
        StubTransport broken = StubTransport.answering(200, "{\"count\": ");
        RawResponse b = client(broken).raw().send(RawRequest.get("/x").build());
        assertThat(b.bodyAsString()).isEqualTo("{\"count\": ");
        assertThatThrownBy(b::json).isInstanceOf(DecodingException.class);
    }

    @Test
    void anEmptyBodyIsAMissingNode() {
        StubTransport t = StubTransport.answering(204, new byte[0]);
        RawResponse r = client(t).raw().send(RawRequest.delete("/api/v1/x").build());
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.json().isMissingNode()).isTrue();
    }

    @Test
    void errorsAreTheSameTypedExceptions() {
        StubTransport t = StubTransport.answering(404, "{\"detail\":\"Not Found\"}");
        assertThatThrownBy(() ->
                        client(t).raw().send(RawRequest.get("/api/v1/nope").build()))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.apiMessage()).isEqualTo("Not Found"));
        StubTransport forbidden = StubTransport.answering(403, bytes("account-retrieve.error-401.json"));
        assertThatThrownBy(() -> client(forbidden)
                        .raw()
                        .send(RawRequest.get("/api/v1/partner/accounts").build()))
                .isInstanceOf(PermissionException.class)
                .hasMessageContaining("PA_");
    }

    @Test
    void newBuilderCopiesEverything() {
        RawRequest r = RawRequest.post("/api/v1/x")
                .query("a", "1")
                .body("{\"k\":1}")
                .idempotent(true)
                .build();
        assertThat(r.newBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r.newBuilder().query("b", "2").build()).isNotEqualTo(r);
    }
}
