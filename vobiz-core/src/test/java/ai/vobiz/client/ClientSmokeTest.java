package ai.vobiz.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClientSmokeTest {
    static byte[] example(String name) {
        try (InputStream in = ClientSmokeTest.class.getResourceAsStream("/examples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static VobizClient client(StubTransport t, String authId) {
        return VobizClient.builder()
                .credentials(authId, "tok_s3cret_value")
                .transport(t)
                .build();
    }

    @Test
    void retrievesAndDecodesTheDocumentedAccount() {
        StubTransport t =
                new StubTransport(r -> HttpResponse.of(200, HttpHeaders.empty(), example("account-retrieve.json")));
        Account a = client(t, "MA_XXXXXXXX").account().retrieve();
        assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(a.creditLimit()).isEqualTo(new BigDecimal("0.0"));
        assertThat(a.creditLimit().scale()).isEqualTo(1);
        assertThat(a.description()).isNull();
        assertThat(a.pricingTier().ratePerMinute()).isEqualByComparingTo("0.45");
        assertThat(a.toString()).doesNotContain("<redacted>\", ").contains("authSecret=<redacted>");
        assertThat(t.requests.get(0).headers().firstValue("X-Auth-Token")).contains("tok_s3cret_value");
        assertThat(t.requests.get(0).toString()).doesNotContain("tok_s3cret_value");
        assertThat(t.requests.get(0).uri().toString()).isEqualTo("https://api.vobiz.ai/api/v1/auth/me");
    }

    @Test
    void partnerProfileKeepsBalanceScale() {
        StubTransport t = new StubTransport(r -> HttpResponse.of(200, HttpHeaders.empty(), example("partner-me.json")));
        PartnerProfile p = client(t, "PA_XXXXXXXX").partner().profile();
        assertThat(p.balance()).isEqualTo(new BigDecimal("23906.83000"));
        assertThat(p.accountId()).isEqualTo(500000L);
    }

    @Test
    void mapsErrorsWithPartnerHint() {
        StubTransport t = new StubTransport(
                r -> HttpResponse.of(401, HttpHeaders.empty(), example("account-retrieve.error-401.json")));
        assertThatThrownBy(() -> client(t, "MA_XXXXXXXX").partner().profile())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid credentials")
                .hasMessageContaining("PA_");
        StubTransport t2 = new StubTransport(r -> HttpResponse.of(
                403, HttpHeaders.empty(), example("account-transactions.errors.COMPOSITE-by-status.json")));
        assertThatThrownBy(() -> client(t2, "MA_XXXXXXXX").account().retrieve())
                .isInstanceOf(PermissionException.class);
    }
}
