package ai.vobiz.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.RawResponse;
import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InProcessTransportTest {
    static final String ME = "/api/v1/auth/me";
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static VobizClient client(HttpTransport transport, String id, String token) {
        return VobizClient.builder().credentials(id, token).transport(transport).build();
    }

    static VobizClient accountClient() {
        return client(fake.server().inProcessTransport(), DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
    }

    /** One attempt, no retries: each fault shows as what a single exchange produces. */
    static HttpTransport singleAttempt(Duration readTimeout, long maxBytes) {
        return fake.server()
                .inProcessTransport(TransportOptions.builder()
                        .resilience(ResiliencePolicy.custom()
                                .retry(RetryPolicy.disabled())
                                .build())
                        .readTimeout(readTimeout)
                        .maxResponseBytes(maxBytes)
                        .build());
    }

    static HttpRequest get(String path) {
        return HttpRequest.builder()
                .method(HttpMethod.GET)
                .uri("http://in-process" + path)
                .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                .build();
    }

    @Test
    void nameIsInProcess() {
        assertThat(fake.server().inProcessTransport().name()).isEqualTo("in-process");
    }

    @Test
    void decodedAccountEqualsTheDecodedDocumentedExample() {
        Account expected = Endpoints.RETRIEVE_ACCOUNT.decode(
                TestSupport.exampleText("account-retrieve.json").getBytes());
        try (VobizClient client = accountClient()) {
            assertThat(client.account().retrieve()).isEqualTo(expected);
        }
    }

    @Test
    void decodedPartnerProfileEqualsTheDecodedDocumentedExample() {
        var expected = Endpoints.PARTNER_PROFILE.decode(Json.bytes(TestSupport.partnerProfile()));
        try (VobizClient client =
                client(fake.server().inProcessTransport(), DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN)) {
            assertThat(client.partner().profile()).isEqualTo(expected);
        }
    }

    @Test
    void servesTheSameBytesAsHttp() {
        HttpResponse viaInProcess = fake.server().inProcessTransport().send(get(ME));
        var viaHttp = TestSupport.send(TestSupport.account(fake.server(), ME));
        assertThat(viaInProcess.bodyAsString()).isEqualTo(viaHttp.body());
        assertThat(viaInProcess.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(2);
    }

    @Test
    void authErrorsMapToTypedExceptions() {
        try (VobizClient wrong = client(fake.server().inProcessTransport(), DemoData.ACCOUNT_AUTH_ID, "wrong-token")) {
            assertThatThrownBy(() -> wrong.account().retrieve()).isInstanceOf(AuthenticationException.class);
        }
        try (VobizClient partner =
                client(fake.server().inProcessTransport(), DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN)) {
            assertThatThrownBy(() -> partner.account().retrieve()).isInstanceOf(PermissionException.class);
        }
    }

    @Test
    void rawRequestsReachTheEchoEndpoint() {
        try (VobizClient client = accountClient()) {
            RawResponse r = client.raw()
                    .send(RawRequest.post("/__test/echo")
                            .query("q", "1")
                            .body("{\"a\":true}")
                            .build());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("method").asString()).isEqualTo("POST");
            assertThat(r.json().get("query").get("q").asString()).isEqualTo("1");
            assertThat(r.json().get("body").get("a").booleanValue()).isTrue();
        }
    }

    @Test
    void closeConnectionBecomesNetworkIOException() {
        fake.server().faults().add(FaultRule.of(Fault.closeConnection()).path(ME));
        HttpTransport t = singleAttempt(Duration.ofSeconds(5), 1 << 20);
        assertThatThrownBy(() -> t.send(get(ME))).isInstanceOf(NetworkIOException.class);
        // The handler ran: the server saw the request.
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(1);
    }

    @Test
    void truncateBodyBecomesNetworkIOException() {
        fake.server().faults().add(FaultRule.of(Fault.truncateBody()).path(ME));
        HttpTransport t = singleAttempt(Duration.ofSeconds(5), 1 << 20);
        assertThatThrownBy(() -> t.send(get(ME))).isInstanceOf(NetworkIOException.class);
    }

    @Test
    void stallLongerThanTheReadTimeoutBecomesReadTimeout() {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.stallBody(Duration.ofMinutes(5))).path(ME));
        HttpTransport t = singleAttempt(Duration.ofMillis(200), 1 << 20);
        assertThatThrownBy(() -> t.send(get(ME)))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
    }

    @Test
    void stallShorterThanTheReadTimeoutEndsAsABrokenBody() {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.stallBody(Duration.ofMillis(10))).path(ME));
        HttpTransport t = singleAttempt(Duration.ofSeconds(30), 1 << 20);
        assertThatThrownBy(() -> t.send(get(ME))).isInstanceOf(NetworkIOException.class);
    }

    @Test
    void oversizedBodyBeyondTheLimitIsRejectedAndWithinItIsDelivered() {
        fake.server().faults().add(FaultRule.of(Fault.oversizedBody(2_000_000)).path(ME));
        assertThatThrownBy(() -> singleAttempt(Duration.ofSeconds(5), 1_000_000).send(get(ME)))
                .isInstanceOfSatisfying(
                        ResponseTooLargeException.class,
                        e -> assertThat(e.limitBytes()).isEqualTo(1_000_000));
        HttpResponse r = singleAttempt(Duration.ofSeconds(5), 4_000_000).send(get(ME));
        assertThat(r.body()).hasSize(2_000_000);
        assertThat(r.bodyAsString()).startsWith("{\"padding\":\"xxx").endsWith("x\"}");
    }

    @Test
    void malformedJsonFailsDecoding() {
        fake.server().faults().add(FaultRule.of(Fault.malformedJson()).path(ME).times(1));
        try (VobizClient client = accountClient()) {
            assertThatThrownBy(() -> client.account().retrieve()).isInstanceOf(DecodingException.class);
        }
    }

    @Test
    void htmlErrorPageAndRedirectAreOrdinaryResponses() {
        HttpTransport t = singleAttempt(Duration.ofSeconds(5), 1 << 20);
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.htmlErrorPage(502)).path(ME).times(1));
        HttpResponse html = t.send(get(ME));
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.redirect(302, "https://elsewhere.example/"))
                        .path(ME)
                        .times(1));
        HttpResponse redirect = t.send(get(ME));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("https://elsewhere.example/");
    }

    @Test
    void delayReachingTheReadTimeoutBecomesReadTimeout() {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.delay(Duration.ofMinutes(5))).path(ME));
        HttpTransport t = singleAttempt(Duration.ofMillis(200), 1 << 20);
        assertThatThrownBy(() -> t.send(get(ME)))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
    }

    @Test
    void callTimeoutEndsTheWholeCall() {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.stallBody(Duration.ofMinutes(5))).path(ME));
        HttpTransport t = fake.server()
                .inProcessTransport(TransportOptions.builder()
                        .readTimeout(Duration.ofMinutes(1))
                        .callTimeout(Duration.ofMillis(200))
                        .build());
        assertThatThrownBy(() -> t.send(get(ME)))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CALL));
    }

    @Test
    void retriesFollowThePolicy() {
        fake.server().faults().add(FaultRule.of(Fault.status(503)).path(ME).times(1));
        HttpTransport t = fake.server()
                .inProcessTransport(TransportOptions.builder()
                        .resilience(ResiliencePolicy.custom()
                                .retry(RetryPolicy.custom()
                                        .initialBackoff(Duration.ofMillis(1))
                                        .build())
                                .build())
                        .build());
        assertThat(t.send(get(ME)).status()).isEqualTo(200);
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(2);
    }

    @Test
    void delayIsReleasedByReset() throws Exception {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.delay(Duration.ofMinutes(5))).path(ME));
        CompletableFuture<HttpResponse> call =
                fake.server().inProcessTransport().sendAsync(get(ME));
        assertThat(call).isNotDone();
        fake.server().reset();
        assertThat(call.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void tenThousandConcurrentAsyncCallsComplete() {
        try (VobizClient client = accountClient()) {
            List<CompletableFuture<Account>> calls = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                calls.add(client.async().account().retrieve());
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertThat(calls).allSatisfy(c -> assertThat(c.join().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID));
        }
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(10_000);
    }
}
