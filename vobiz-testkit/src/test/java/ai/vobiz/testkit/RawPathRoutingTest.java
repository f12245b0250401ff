package ai.vobiz.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakeTransaction;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Routing works on the raw path: it is split into segments while still percent-encoded, and each segment is decoded
 * after, so an encoded {@code /}, {@code ?}, {@code #}, {@code %} or {@code +} in a path value arrives decoded and
 * never changes which route matches. Requests go out as raw bytes (no client re-encodes the path), and through the
 * in-process transport, which must agree.
 */
class RawPathRoutingTest {
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static final int TIMEOUT = 10_000;

    static RawHttp.Result raw(String method, String path, String id, String token, String body) {
        return RawHttp.send(fake.server(), method, path, id, token, body, TIMEOUT);
    }

    static JsonNode echo(String rawPath) {
        RawHttp.Result r = raw("GET", rawPath, DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN, null);
        assertThat(r.status()).as(rawPath).isEqualTo(200);
        return Json.MAPPER.readTree(r.bodyText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a%2Fb|a/b",
                "a%3Fb|a?b",
                "a%23b|a#b",
                "a%25b|a%b",
                "a%2Bb|a+b",
                "a%2541|a%41",
                "a+b|a+b",
                "%2F%3F%23%25%2B|/?#%+",
                "caf%C3%A9|café"
            })
    void aPathValueArrivesDecodedOverHttp(String segment, String decoded) {
        JsonNode body = echo("/__test/echo/" + segment + "?q=1");
        assertThat(body.get("path_params").get("value").asString()).isEqualTo(decoded);
        assertThat(body.get("query").get("q").asString()).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"a%2Fb|a/b", "a%3Fb|a?b", "a%23b|a#b", "a%25b|a%b", "a%2Bb|a+b"})
    void theInProcessTransportRoutesTheSameWay(String segment, String decoded) {
        HttpResponse r = fake.server()
                .inProcessTransport()
                .send(HttpRequest.builder()
                        .method(HttpMethod.GET)
                        .uri(URI.create(fake.server().baseUrl() + "/__test/echo/" + segment + "?q=1"))
                        .headers(HttpHeaders.of(
                                "X-Auth-ID", DemoData.ACCOUNT_AUTH_ID, "X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN))
                        .build());
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(r.bodyAsString());
        assertThat(body.get("path_params").get("value").asString()).isEqualTo(decoded);
        assertThat(body.get("query").get("q").asString()).isEqualTo("1");
    }

    @Test
    void anEncodedSlashNeverAddsASegment() {
        String id = DemoData.ACCOUNT_AUTH_ID;
        String token = DemoData.ACCOUNT_AUTH_TOKEN;
        // Decoded first, these would be /__test/echo/a/b (no route) and /__test/echo (a route); raw, they are not.
        assertThat(raw("GET", "/__test/echo/a/b", id, token, null).status()).isEqualTo(404);
        assertThat(raw("GET", "/__test/echo%2Fx", id, token, null).status()).isEqualTo(404);
        // An encoded '?' is part of the segment, not the start of a query.
        JsonNode body = echo("/__test/echo/x%3Fq=1");
        assertThat(body.get("path_params").get("value").asString()).isEqualTo("x?q=1");
        assertThat(body.get("query").isEmpty()).isTrue();
    }

    @Test
    void aDeclaredRouteGetsItsPathValueDecodedAndCannotBeReachedThroughAnEncodedSlash() {
        String odd = "MA_a/b?c#d%e+f";
        fake.server()
                .state()
                .put(FakeCustomer.builder().authId(odd).authToken("t").build());
        String encoded = "MA_a%2Fb%3Fc%23d%25e%2Bf";
        RawHttp.Result done = raw(
                "POST",
                "/api/v1/partner/accounts/" + encoded + "/transfer-balance",
                DemoData.PARTNER_AUTH_ID,
                DemoData.PARTNER_AUTH_TOKEN,
                "{\"amount\":1,\"currency\":\"INR\"}");
        assertThat(done.status()).as(done.bodyText()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(done.bodyText()).get("to_account").asString())
                .isEqualTo(odd);
        assertThat(fake.server().state().children(FakeTransaction.KIND, odd)).hasSize(1);

        // Decoded first, this path would be .../accounts/MA_DEMO0002/transfer-balance and move money.
        RawHttp.Result smuggled = raw(
                "POST",
                "/api/v1/partner/accounts/MA_DEMO0002%2Ftransfer-balance",
                DemoData.PARTNER_AUTH_ID,
                DemoData.PARTNER_AUTH_TOKEN,
                "{\"amount\":1,\"currency\":\"INR\"}");
        // One segment after accounts: the path of GET customer, so a POST there is 405; never a transfer.
        assertThat(smuggled.status()).isEqualTo(405);
        assertThat(fake.server().journal().last().path())
                .isEqualTo("/api/v1/partner/accounts/MA_DEMO0002/transfer-balance");
        assertThat(fake.server().state().children(FakeTransaction.KIND, "MA_DEMO0002"))
                .hasSize(fake.server().state().seed().of(FakeTransaction.KIND).stream()
                        .filter(t -> t.accountId().equals("MA_DEMO0002"))
                        .toList()
                        .size());
    }
}
