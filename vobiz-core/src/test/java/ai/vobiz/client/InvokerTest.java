package ai.vobiz.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.port.transport.HttpRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The single place where an endpoint declaration meets HTTP, as adapters (the reactive client) use it. */
class InvokerTest {
    static final String TRANSFERRED = "{\"transaction_id\":\"txn_1\",\"amount\":10.50,\"status\":\"completed\"}";

    static ApiInvoker invoker(StubTransport t) {
        return VobizClient.builder()
                .credentials("PA_INVOKER", "tok_invoker")
                .baseUrl("http://127.0.0.1:8080/")
                .transport(t)
                .build()
                .invoker();
    }

    static TransferBalanceRequest tenFifty() {
        return TransferBalanceRequest.builder().amount("10.50").currency("INR").build();
    }

    @Test
    void buildsTheRequestFromTheDeclaration() {
        StubTransport t = StubTransport.answering(200, TRANSFERRED);
        ApiInvoker invoker = invoker(t);
        HttpRequest r = invoker.request(
                Endpoints.TRANSFER_BALANCE, invoker.args(Endpoints.TRANSFER_BALANCE, tenFifty(), "MA_1"));
        assertThat(r.uri().toString()).isEqualTo("http://127.0.0.1:8080/api/v1/partner/accounts/MA_1/transfer-balance");
        assertThat(r.idempotent()).isFalse();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"amount\":10.50,\"currency\":\"INR\"}");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(invoker.transport()).isSameAs(t);
    }

    /** A path value is one segment, whatever it holds: it can never change the path or reach another endpoint. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MA_1/../x|MA_1%2F..%2Fx",
                "MA_1?page=2|MA_1%3Fpage%3D2",
                "MA_1#frag|MA_1%23frag",
                "MA_%41|MA_%2541",
                "+919876543210|%2B919876543210",
                "a b|a%20b"
            })
    void pathValuesArePercentEncodedIntoOneSegment(String value, String encoded) {
        ApiInvoker invoker = invoker(StubTransport.answering(200, TRANSFERRED));
        HttpRequest r = invoker.request(
                Endpoints.TRANSFER_BALANCE, invoker.args(Endpoints.TRANSFER_BALANCE, tenFifty(), value));
        assertThat(r.uri().getRawPath()).isEqualTo("/api/v1/partner/accounts/" + encoded + "/transfer-balance");
        assertThat(r.uri().getRawQuery()).isNull();
        assertThat(r.uri().getRawFragment()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void aMissingOrDotPathValueIsRefusedBeforeSending(String value) {
        StubTransport t = StubTransport.answering(200, TRANSFERRED);
        ApiInvoker invoker = invoker(t);
        assertThatThrownBy(() -> invoker.call(Endpoints.TRANSFER_BALANCE, tenFifty(), value))
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("customer_auth_id"));
        assertThat(invoker.callAsync(Endpoints.TRANSFER_BALANCE, tenFifty(), value))
                .failsWithin(java.time.Duration.ofSeconds(1))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOf(RequestValidationException.class);
        assertThat(t.requests).isEmpty();
    }

    @Test
    void queryParametersComeFromTheRequestRecordByName() {
        ApiInvoker invoker = invoker(StubTransport.answering(200, "{}"));
        ListCustomersParams p = ListCustomersParams.builder()
                .page(2)
                .perPage(50)
                .search("a+b c")
                .build();
        HttpRequest r = invoker.request(Endpoints.LIST_CUSTOMERS, invoker.args(Endpoints.LIST_CUSTOMERS, p));
        assertThat(r.uri().getRawQuery()).isEqualTo("page=2&per_page=50&search=a%2Bb%20c");
        assertThat(r.body()).isNull();
        assertThat(invoker.request(
                                Endpoints.LIST_CUSTOMERS,
                                invoker.args(Endpoints.LIST_CUSTOMERS, ListCustomersParams.none()))
                        .uri()
                        .getRawQuery())
                .isNull();
    }

    @Test
    void callsAndHandlesResponses() {
        StubTransport t = StubTransport.answering(200, TRANSFERRED);
        ApiInvoker invoker = invoker(t);
        assertThat(invoker.call(Endpoints.TRANSFER_BALANCE, tenFifty(), "MA_1").amount())
                .isEqualTo(new BigDecimal("10.50"));
        assertThat(invoker.callAsync(Endpoints.TRANSFER_BALANCE, tenFifty(), "MA_1")
                        .join()
                        .transactionId())
                .isEqualTo("txn_1");
        assertThat(t.requests).hasSize(2);

        StubTransport rejecting =
                StubTransport.answering(400, "{\"error\":\"insufficient_balance\",\"message\":\"no\"}");
        assertThatThrownBy(() -> invoker(rejecting).call(Endpoints.TRANSFER_BALANCE, tenFifty(), "MA_1"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo("insufficient_balance"));
        assertThat(invoker.request(Endpoints.PARTNER_PROFILE, CallArgs.none())
                        .uri()
                        .toString())
                .isEqualTo("http://127.0.0.1:8080/api/v1/partner/me");
        assertThatThrownBy(() -> invoker.call(Endpoints.TRANSFER_BALANCE, tenFifty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer_auth_id");
        assertThat(invoker.args(Endpoints.PARTNER_PROFILE, NoParams.NONE)).isEqualTo(CallArgs.none());
        assertThat(List.of(t.requests.get(0).method().name())).containsExactly("POST");
    }
}
