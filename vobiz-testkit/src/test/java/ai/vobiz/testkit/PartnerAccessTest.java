package ai.vobiz.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Creating customers and the console login over raw HTTP: the server's own rules, which the SDK also checks. */
class PartnerAccessTest {
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static HttpResponse<String> post(String path, String body) {
        return TestSupport.send(TestSupport.partner(fake.server(), path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String customer(String email, String password) {
        return "{\"name\":\"N\",\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"phone\":\"+919812345678\",\"country\":\"IN\"}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "short1!|password",
                "longenough!|password",
                "longenough1|password",
            })
    void weakPasswordsAre422NamingTheFieldButNeverItsValue(String password, String field) {
        HttpResponse<String> r = post("/api/v1/partner/accounts", customer("w@example.com", password));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = TestSupport.json(r).get("error").get("details").get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
        assertThat(r.body()).doesNotContain(password);
    }

    @Test
    void missingFieldsDuplicatesAndMalformedBodies() {
        HttpResponse<String> missing = post("/api/v1/partner/accounts", "{\"name\":\"N\"}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(TestSupport.json(missing).get("error").get("details").get("errors"))
                .hasSize(4);

        assertThat(post("/api/v1/partner/accounts", customer("dup@example.com", "Good-pass1"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(post("/api/v1/partner/accounts", customer("DUP@example.com", "Good-pass1"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(post("/api/v1/partner/accounts", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(fake.server().journal().entries("POST", "/api/v1/partner/accounts"))
                .hasSize(4);
    }

    @Test
    void theCreatedCustomerIsListedWithAZeroWalletAndPendingKyc() {
        HttpResponse<String> created = post("/api/v1/partner/accounts", customer("new@example.com", "Good-pass1"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = TestSupport.json(created);
        assertThat(body.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.propertyNames())
                .containsExactly(
                        "auth_id",
                        "auth_token",
                        "name",
                        "email",
                        "status",
                        "balance",
                        "currency",
                        "country",
                        "created_at");
        HttpResponse<String> listed = TestSupport.send(
                TestSupport.partner(fake.server(), "/api/v1/partner/accounts?search=new%40example.com"));
        JsonNode row = TestSupport.json(listed).get("accounts").get(0);
        assertThat(row.get("auth_id").asString()).isEqualTo(body.get("auth_id").asString());
        assertThat(row.get("cash_credits").asString()).isEqualTo("0.00000");
        assertThat(row.get("kyc_status").asString()).isEqualTo("pending");
    }

    @Test
    void loginWithTheConsolePasswordOnly() {
        HttpResponse<String> ok = post(
                "/api/v1/partner/login",
                "{\"email\":\"admin@example.com\",\"password\":\"" + DemoData.PARTNER_CONSOLE_PASSWORD + "\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(TestSupport.json(ok).get("tokens").get("token_type").asString())
                .isEqualTo("Bearer");
        HttpResponse<String> bad =
                post("/api/v1/partner/login", "{\"email\":\"admin@example.com\",\"password\":\"nope\"}");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(TestSupport.json(bad).get("error").asString()).isEqualTo("invalid_credentials");
    }
}
