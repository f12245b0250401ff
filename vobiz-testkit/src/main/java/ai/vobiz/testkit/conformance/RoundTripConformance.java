package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.RawResponse;
import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.UnexpectedStatusException;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.journal.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Status, headers and body travel intact both ways; every status completes normally at the transport level; redirects
 * are returned, never followed, and credentials never reach another host. Needs no socket.
 */
public abstract class RoundTripConformance extends ConformanceSupport {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void accountEndpointRoundTrips(Mode mode) {
        VobizClient client = client(transport());
        Account account = mode.call(
                () -> client.account().retrieve(),
                () -> client.async().account().retrieve());
        assertThat(account.authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        RecordedRequest seen = server().journal().last();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.path()).isEqualTo(ME);
        assertThat(seen.header("X-Auth-ID")).contains(DemoData.ACCOUNT_AUTH_ID);
        assertThat(seen.header("X-Auth-Token")).contains(DemoData.ACCOUNT_AUTH_TOKEN);
        assertThat(seen.header("User-Agent"))
                .hasValueSatisfying(ua -> assertThat(ua).startsWith("vobiz-java/"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void partnerEndpointRoundTrips(Mode mode) {
        VobizClient client = client(transport(), DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
        PartnerProfile profile = mode.call(
                () -> client.partner().profile(), () -> client.async().partner().profile());
        assertThat(profile.authId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(count("GET", PARTNER_ME)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void statusHeadersAndBodyRoundTrip(Mode mode) {
        HttpResponse r = mode.send(transport(), get(ECHO + "?page=2&tag=a&tag=b"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/json"));
        assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
        JsonNode echo = json(r);
        assertThat(echo.get("method").asString()).isEqualTo("GET");
        assertThat(echo.get("path").asString()).isEqualTo(ECHO);
        assertThat(echo.get("query").get("page").asString()).isEqualTo("2");
        assertThat(echo.get("query").get("tag").size()).isEqualTo(2);
        assertThat(echo.get("body").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void jsonRequestBodyRoundTrips(Mode mode) {
        String json = "{\"amount\":\"12.50\",\"note\":\"caf\\u00e9 \\u2713\",\"nested\":{\"list\":[1,2,3]}}";
        HttpResponse r = mode.send(transport(), post(ECHO, json));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = json(r).get("body");
        assertThat(body.get("amount").asString()).isEqualTo("12.50");
        assertThat(body.get("note").asString()).isEqualTo("café ✓");
        assertThat(body.get("nested").get("list").size()).isEqualTo(3);
        assertThat(server().journal().last().bodyAsString()).isEqualTo(json);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void rawRequestThroughTheClient(Mode mode) {
        VobizClient client = client(transport());
        RawRequest request =
                RawRequest.post(ECHO).query("q", "1").body("{\"a\":1}").build();
        RawResponse r = mode.call(
                () -> client.raw().send(request), () -> client.async().raw().send(request));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("body").get("a").asInt()).isEqualTo(1);
        assertThat(r.json().get("query").get("q").asString()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorStatusesCompleteNormally(Mode mode) {
        HttpTransport t = transport();
        HttpResponse unauthorized = mode.send(
                t,
                get(ME).newBuilder().header("X-Auth-Token", "wrong-token-value").build());
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.bodyAsString()).contains("unauthorized");
        assertThat(mode.send(t, get("/api/v1/no/such/path")).status()).isEqualTo(404);
        server().faults().add(FaultRule.of(Fault.status(500)).path(ME).times(1).build());
        assertThat(mode.send(t, get(ME)).status()).isEqualTo(500);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clientMapsErrorStatuses(Mode mode) {
        VobizClient wrong = client(transport(), DemoData.ACCOUNT_AUTH_ID, "wrong-token-value");
        assertThatThrownBy(() -> mode.call(
                        () -> wrong.account().retrieve(),
                        () -> wrong.async().account().retrieve()))
                .isInstanceOf(AuthenticationException.class);
        VobizClient client = client(transport());
        assertThatThrownBy(() -> mode.call(
                        () -> client.raw()
                                .send(RawRequest.get("/api/v1/nothing").build()),
                        () -> client.async()
                                .raw()
                                .send(RawRequest.get("/api/v1/nothing").build())))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void redirectIsReturnedAndNeverFollowedToAnotherHost(Mode mode) {
        try (FakeVobizServer otherHost = FakeVobizServer.start()) {
            String target = otherHost.baseUrl() + ME;
            server().faults()
                    .add(FaultRule.of(Fault.redirect(302, target)).path(ME).build());
            HttpTransport t = transport();

            HttpResponse r = mode.send(t, get(ME));
            assertThat(r.status()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains(target);

            VobizClient client = client(t);
            assertThatThrownBy(() -> mode.call(
                            () -> client.account().retrieve(),
                            () -> client.async().account().retrieve()))
                    .isInstanceOf(UnexpectedStatusException.class);

            assertThat(count("GET", ME)).isEqualTo(2);
            assertThat(otherHost.journal().entries()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void permanentRedirectIsNotFollowedEither(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.redirect(308, server().baseUrl() + PARTNER_ME))
                        .path(ME)
                        .build());
        HttpResponse r = mode.send(transport(), get(ME));
        assertThat(r.status()).isEqualTo(308);
        assertThat(count("GET", PARTNER_ME)).isZero();
    }

    private static JsonNode json(HttpResponse r) {
        return Json.MAPPER.readTree(r.body());
    }
}
