package ai.vobiz.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.port.transport.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The single place where an endpoint declaration meets HTTP, as adapters (the reactive client) use it. */
class InvokerTest {
    static final Endpoint<String> TRANSFER = Endpoint.unsafePost(
            "transfer-balance",
            "/api/v1/partner/accounts/{customer_auth_id}/transfer-balance",
            CredentialScope.PARTNER,
            String.class,
            body -> new String(body, StandardCharsets.UTF_8));

    static ApiInvoker invoker(StubTransport t) {
        return VobizClient.builder()
                .credentials("PA_INVOKER", "tok_invoker")
                .baseUrl("http://127.0.0.1:8080/")
                .transport(t)
                .build()
                .invoker();
    }

    @Test
    void buildsTheRequestFromTheDeclaration() {
        StubTransport t = StubTransport.answering(200, "ok");
        ApiInvoker invoker = invoker(t);
        HttpRequest r = invoker.request(
                TRANSFER,
                CallArgs.builder()
                        .path("customer_auth_id", "MA_1/../+x y")
                        .query("dry run", "a+b")
                        .body("{\"amount\":1}".getBytes(StandardCharsets.UTF_8))
                        .build());
        assertThat(r.uri().toString())
                .isEqualTo("http://127.0.0.1:8080/api/v1/partner/accounts/MA_1%2F..%2F%2Bx%20y/transfer-balance"
                        + "?dry%20run=a%2Bb");
        assertThat(r.idempotent()).isFalse();
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(invoker.config().credentials().authId()).isEqualTo("PA_INVOKER");
        assertThat(invoker.transport()).isSameAs(t);
    }

    @Test
    void aMissingPathParameterIsRefused() {
        ApiInvoker invoker = invoker(StubTransport.answering(200, "ok"));
        assertThatThrownBy(() -> invoker.request(TRANSFER, CallArgs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer_auth_id");
        assertThat(invoker.callAsync(TRANSFER, CallArgs.none())).isCompletedExceptionally();
    }

    @Test
    void callsAndHandlesResponses() {
        StubTransport t = StubTransport.answering(201, "created");
        ApiInvoker invoker = invoker(t);
        CallArgs args = CallArgs.builder().path("customer_auth_id", "MA_1").build();
        assertThat(invoker.call(TRANSFER, args)).isEqualTo("created");
        assertThat(invoker.callAsync(TRANSFER, args).join()).isEqualTo("created");
        assertThat(t.requests).hasSize(2);

        StubTransport rejecting =
                StubTransport.answering(400, "{\"error\":\"insufficient_balance\",\"message\":\"no\"}");
        assertThatThrownBy(() -> invoker(rejecting).call(TRANSFER, args))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo("insufficient_balance"));
        assertThat(invoker.request(Endpoints.PARTNER_PROFILE, CallArgs.none())
                        .uri()
                        .toString())
                .isEqualTo("http://127.0.0.1:8080/api/v1/partner/me");
    }
}
