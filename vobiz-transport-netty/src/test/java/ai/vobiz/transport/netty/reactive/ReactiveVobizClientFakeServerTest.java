package ai.vobiz.transport.netty.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.VobizClient;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The Mono client against the testkit's fake Vobiz fake.server(), over the Netty transport. */
class ReactiveVobizClientFakeServerTest {
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    private static ReactiveVobizClient client(String authId, String token) {
        return ReactiveVobizClient.create(VobizClient.builder()
                .transport("netty")
                .baseUrl(fake.server().baseUrl())
                .credentials(authId, token));
    }

    @Test
    void partnerProfileAndAccountAsMonos() {
        try (ReactiveVobizClient partner = client(DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
                ReactiveVobizClient account = client(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)) {
            StepVerifier.create(Mono.zip(
                            partner.partner().profile(), account.account().retrieve()))
                    .assertNext(both -> {
                        assertThat(both.getT1().authId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
                        assertThat(both.getT1().balance())
                                .isEqualByComparingTo(fake.server()
                                        .state()
                                        .partner(DemoData.PARTNER_AUTH_ID)
                                        .orElseThrow()
                                        .balance());
                        assertThat(both.getT2().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
                    })
                    .verifyComplete();
        }
    }

    @Test
    void wrongKindOfCredentialsIsATypedError() {
        try (ReactiveVobizClient account = client(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)) {
            StepVerifier.create(account.partner().profile())
                    .expectError(PermissionException.class)
                    .verify(Duration.ofSeconds(5));
        }
    }

    @Test
    void rawRequestsAsMonos() {
        try (ReactiveVobizClient account = client(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)) {
            StepVerifier.create(account.raw()
                            .send(RawRequest.post("/__test/echo")
                                    .body("{\"greeting\":\"hello\"}")
                                    .build()))
                    .assertNext(r -> {
                        assertThat(r.status()).isEqualTo(200);
                        assertThat(r.json().get("method").asString()).isEqualTo("POST");
                        assertThat(r.json().get("body").get("greeting").asString())
                                .isEqualTo("hello");
                    })
                    .verifyComplete();
            StepVerifier.create(
                            account.raw().send(RawRequest.get("/api/v1/nowhere").build()))
                    .expectError(NotFoundException.class)
                    .verify(Duration.ofSeconds(5));
        }
    }
}
