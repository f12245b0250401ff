package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.WireFormat;
import ai.vobiz.endpoint.Endpoints;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RenderTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RenderTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void namesAndLabels() {
        assertThat(ai.vobiz.domain.WireFormat.snakeCase("authTokenExpireTime")).isEqualTo("auth_token_expire_time");
        assertThat(ai.vobiz.domain.WireFormat.snakeCase("id")).isEqualTo("id");
        assertThat(Render.label("authId")).isEqualTo("Auth ID");
        assertThat(Render.label("isActive")).isEqualTo("Active");
        assertThat(Render.label("canViewCdrs")).isEqualTo("Can view CDRs");
        assertThat(Render.label("cpsLimit")).isEqualTo("CPS limit");
    }

    @Test
    void accountJsonUsesApiNamesExactMoneyAndNoSecret() throws IOException {
        byte[] body = resource("account-retrieve.json");
        JsonNode original = WireFormat.mapper().readTree(body);
        Account account = Endpoints.RETRIEVE_ACCOUNT.decode(body);

        ObjectNode json = Render.toJson(account);

        // Every documented field is there under its API name, nothing else (raw is left out).
        assertThat(json.propertyNames()).containsExactlyElementsOf(original.propertyNames());
        assertThat(json.get("auth_id").asString()).isEqualTo("MA_XXXXXXXX");
        assertThat(json.get("auth_secret").asString()).isEqualTo("<redacted>");
        assertThat(json.get("credit_limit").isString()).isTrue();
        assertThat(json.get("credit_limit").asString()).isEqualTo("0.0");
        assertThat(json.get("pricing_tier").get("rate_per_minute").asString()).isEqualTo("0.45");
        assertThat(json.get("created_at").asString()).isEqualTo("2025-09-30T08:33:24.700542Z");
        assertThat(json.get("description").isNull()).isTrue();
        assertThat(json.get("features").get("call_queue").asBoolean()).isTrue();
        assertThat(json.get("cps_limit").asInt()).isEqualTo(11);
    }

    @Test
    void partnerMoneyKeepsItsScale() throws IOException {
        PartnerProfile partner = Endpoints.PARTNER_PROFILE.decode(resource("partner-me.json"));
        ObjectNode json = Render.toJson(partner);
        assertThat(json.get("balance").asString()).isEqualTo("23906.83000");
        assertThat(json.get("account_id").asLong()).isEqualTo(500000L);
        assertThat(Render.summary(partner)).contains("Balance").contains("23906.83000");
    }

    @Test
    void summaryIsAlignedAndRedacted() throws IOException {
        Account account = Endpoints.RETRIEVE_ACCOUNT.decode(resource("account-retrieve.json"));
        String summary = Render.summary(account);
        assertThat(summary.lines())
                .anyMatch(l -> l.matches("Auth ID +MA_XXXXXXXX"))
                .anyMatch(l -> l.matches("Auth secret +<redacted>"))
                .anyMatch(l -> l.matches("Credit limit +0\\.0"))
                .anyMatch(l -> l.equals("Pricing tier"))
                .anyMatch(l -> l.matches("  Rate per minute +0\\.45"))
                .noneMatch(l -> l.startsWith("Description"));
        // One value column for every line that has a value.
        int column = summary.lines()
                .filter(l -> l.startsWith("Auth ID"))
                .findFirst()
                .orElseThrow()
                .indexOf("MA_");
        assertThat(summary.lines().filter(l -> !l.equals("Pricing tier")))
                .allMatch(l -> l.length() > column && l.charAt(column - 1) == ' ' && l.charAt(column) != ' ');
    }
}
