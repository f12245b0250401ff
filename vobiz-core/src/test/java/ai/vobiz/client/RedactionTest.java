package ai.vobiz.client;

import static ai.vobiz.Examples.object;
import static ai.vobiz.Examples.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.ApiException;
import ai.vobiz.error.DecodingException;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Secrets never appear in anything printable. Uses distinctive values and asserts their absence. */
class RedactionTest {
    static final String TOKEN = "tok_ZZ_do_not_print_9f8e7d6c";
    static final String SECRET = "sec_ZZ_auth_secret_31337";

    static VobizClient client(StubTransport t) {
        return VobizClient.builder()
                .credentials("MA_REDACT", TOKEN)
                .transport(t)
                .build();
    }

    static Account accountWithSecrets() {
        ObjectNode body = object("account-retrieve.json");
        body.put("auth_secret", SECRET);
        body.putObject("auto_recharge_config").put("threshold", 100).put("token", TOKEN);
        return Endpoints.RETRIEVE_ACCOUNT.decode(toBytes(body));
    }

    @Test
    void modelsNeverPrintTheSecret() {
        Account a = accountWithSecrets();
        assertThat(a.authSecret()).isEqualTo(SECRET);
        assertThat(a.toString())
                .contains("authSecret=<redacted>")
                .contains("authId=MA_XXXXXXXX")
                .contains("threshold")
                .doesNotContain(SECRET)
                .doesNotContain(TOKEN);
        assertThat(a.raw().toString()).doesNotContain(SECRET);
        assertThat(a.pricingTier().toString()).contains("Standard");
        PartnerProfile p = Endpoints.PARTNER_PROFILE.decode(ai.vobiz.Examples.bytes("partner-me.json"));
        assertThat(p.toString()).contains("PA_XXXXXXXX").contains("23906.83000");
    }

    @Test
    void anAbsentSecretPrintsAsNull() {
        ObjectNode body = object("account-retrieve.json");
        body.remove("auth_secret");
        assertThat(Endpoints.RETRIEVE_ACCOUNT.decode(toBytes(body)).toString()).contains("authSecret=null");
    }

    @Test
    void credentialsConfigAndClientNeverPrintTheToken() {
        VobizClient client = client(StubTransport.answering(200, "{}"));
        assertThat(Credentials.of("MA_REDACT", TOKEN).toString())
                .isEqualTo("Credentials[authId=MA_REDACT, authToken=<redacted>]");
        assertThat(client.config().toString()).contains("MA_REDACT").doesNotContain(TOKEN);
        assertThat(client.toString()).doesNotContain(TOKEN);
        assertThat(client.async().toString()).doesNotContain(TOKEN);
        assertThat(client.config().transportOptions().toString()).doesNotContain(TOKEN);
        assertThat(TransportOptions.defaults().toString()).doesNotContain(TOKEN);
    }

    @Test
    void requestsAndHeadersNeverPrintTheToken() {
        StubTransport t = StubTransport.answering(200, ai.vobiz.Examples.bytes("account-retrieve.json"));
        VobizClient client = client(t);
        client.account().retrieve();
        HttpRequest sent = t.lastRequest();
        assertThat(sent.headers().firstValue("X-Auth-Token")).contains(TOKEN);
        assertThat(sent.toString())
                .contains("X-Auth-ID=MA_REDACT")
                .contains("X-Auth-Token=<redacted>")
                .doesNotContain(TOKEN);
        assertThat(sent.headers().toString()).doesNotContain(TOKEN);
        assertThat(sent.headers().toMap().toString()).contains(TOKEN); // the raw map is data, not a printout
        assertThat(client.invoker()
                        .request(Endpoints.RETRIEVE_ACCOUNT, CallArgs.none())
                        .toString())
                .doesNotContain(TOKEN);

        HttpHeaders sensitive = HttpHeaders.of(
                "Authorization",
                "Bearer " + TOKEN,
                "Cookie",
                "session=" + TOKEN,
                "Set-Cookie",
                "session=" + TOKEN,
                "Proxy-Authorization",
                TOKEN,
                "x-api-key",
                TOKEN,
                "x-auth-token",
                TOKEN);
        assertThat(sensitive.toString()).doesNotContain(TOKEN);
        assertThat(HttpResponse.of(200, sensitive, TOKEN.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .doesNotContain(TOKEN);
        RawRequest raw = RawRequest.post("/api/v1/x")
                .query("q", "v")
                .body("{\"password\":\"" + TOKEN + "\"}")
                .build();
        assertThat(raw.toString()).doesNotContain(TOKEN);
        assertThat(CallArgs.builder()
                        .query("token", TOKEN)
                        .body(TOKEN.getBytes(StandardCharsets.UTF_8))
                        .build()
                        .toString())
                .doesNotContain(TOKEN);
    }

    @Test
    void errorMessagesAndSnippetsNeverContainTheToken() {
        String echo = "{\"error\":\"unauthorized\",\"message\":\"token " + TOKEN + " is invalid\",\"auth_secret\":\""
                + SECRET + "\"}";
        StubTransport t = StubTransport.answering(401, HttpHeaders.of("Set-Cookie", "s=" + TOKEN), echo.getBytes());
        Throwable thrown = catchThrowable(() -> client(t).account().retrieve());
        assertThat(thrown).isInstanceOf(ApiException.class);
        ApiException e = (ApiException) thrown;
        assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(SECRET).contains("<redacted>");
        assertThat(e.apiMessage()).doesNotContain(TOKEN);
        assertThat(e.bodySnippet()).doesNotContain(TOKEN).doesNotContain(SECRET);
        assertThat(e.error().toString()).doesNotContain(TOKEN).doesNotContain(SECRET);
        assertThat(e.header("set-cookie"))
                .as("the header is kept, only not printed")
                .contains("s=" + TOKEN);
        assertThat(e.toString()).doesNotContain(TOKEN);
    }

    @Test
    void decodingErrorsNeverShowTheSecret() {
        ObjectNode body = object("account-retrieve.json");
        body.put("auth_secret", SECRET);
        body.put("cps_limit", "not a number");
        byte[] bytes = toBytes(body);
        StubTransport t = StubTransport.answering(200, bytes);
        Throwable thrown = catchThrowable(() -> client(t).account().retrieve());
        assertThat(thrown).isInstanceOf(DecodingException.class);
        assertThat(thrown.getMessage()).contains("cps_limit").doesNotContain(SECRET);
        assertThat(((DecodingException) thrown).snippet()).doesNotContain(SECRET);

        // The secret first, then a cut in the middle of its value: still redacted.
        String cut = "{\"auth_secret\":\"" + SECRET + SECRET + SECRET;
        Throwable truncated = catchThrowable(() -> Endpoints.RETRIEVE_ACCOUNT.decode(cut.getBytes()));
        assertThat(truncated).isInstanceOf(DecodingException.class);
        assertThat(truncated.getMessage()).doesNotContain(SECRET);
    }
}
