package ai.vobiz.testkit.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class FakeStateTest {

    @Test
    void buildersDefaultToTheDocumentedExamplesAndDemoCredentials() {
        FakeAccount a = FakeAccount.builder().build();
        assertThat(a.authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        assertThat(a.authToken()).isEqualTo(DemoData.ACCOUNT_AUTH_TOKEN);
        FakePartner p = FakePartner.builder().build();
        assertThat(p.authId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(p.balance()).isEqualByComparingTo("23906.83");
        assertThat(p.json().get("balance").asString()).isEqualTo("23906.83000");
    }

    @Test
    void toStringNeverShowsTokens() {
        FakeAccount a = FakeAccount.builder()
                .authToken("tok-secret")
                .authSecret("the-secret")
                .build();
        FakePartner p = FakePartner.builder().authToken("tok-secret-2").build();
        assertThat(a.toString()).doesNotContain("tok-secret").doesNotContain("the-secret");
        assertThat(p.toString()).doesNotContain("tok-secret-2");
        FakeCustomer c = FakeCustomer.builder().authToken("tok-secret-3").build();
        assertThat(c.toString()).doesNotContain("tok-secret-3").contains(c.authId());
        assertThat(c.json().get("auth_token").asString()).isEqualTo("tok-secret-3"); // served, as documented
        assertThat(FakeSeed.demo().toString()).doesNotContain(DemoData.ACCOUNT_AUTH_TOKEN);
        assertThat(new FakeState(FakeSeed.demo()).toString()).doesNotContain("token");
    }

    @Test
    void settersKeepTheDocumentedFieldOrder() {
        FakeAccount a = FakeAccount.builder()
                .name("Other")
                .creditLimit(new BigDecimal("12.50"))
                .enabled(false)
                .build();
        assertThat(a.json().propertyNames())
                .containsExactlyElementsOf(FakeAccount.builder().build().json().propertyNames());
        assertThat(a.json().get("credit_limit").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void balancesRenderWithFiveDecimals() {
        assertThat(FakePartner.formatBalance(new BigDecimal("7"))).isEqualTo("7.00000");
        assertThat(FakePartner.formatBalance(new BigDecimal("1.234567"))).isEqualTo("1.23457");
        ObjectNode fields = Json.object();
        fields.put("auth_id", "PA_X");
        fields.put("auth_token", "t");
        fields.put("balance", 10.5);
        assertThat(FakeSeed.partner(fields).json().get("balance").asString()).isEqualTo("10.50000");
    }

    @Test
    void updatesAreAtomicAndResetRestoresTheSeed() {
        FakeState state = new FakeState(FakeSeed.demo());
        state.updatePartner(
                DemoData.PARTNER_AUTH_ID,
                p -> p.newBuilder()
                        .balance(p.balance().subtract(new BigDecimal("100")))
                        .build());
        assertThat(state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance())
                .isEqualByComparingTo("23806.83");
        state.putAccount(FakeAccount.builder().authId("MA_NEW").build());
        state.removePartner(DemoData.PARTNER_AUTH_ID);
        state.reset();
        assertThat(state.accounts()).hasSize(1);
        assertThat(state.partner(DemoData.PARTNER_AUTH_ID).orElseThrow().balance())
                .isEqualByComparingTo("23906.83");
        assertThatThrownBy(() -> state.updatePartner("PA_NONE", p -> p)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> state.updateAccount(
                        DemoData.ACCOUNT_AUTH_ID,
                        a -> a.newBuilder().authId("MA_OTHER").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedFilesAddToOrReplaceTheDemoData(@TempDir Path dir) throws Exception {
        Path withDemo = dir.resolve("a.json");
        Files.writeString(withDemo, "{\"partners\":[{\"auth_id\":\"PA_S\",\"auth_token\":\"t\",\"balance\":\"5\"}]}");
        FakeSeed a = FakeSeed.read(withDemo);
        assertThat(a.accounts()).hasSize(1);
        assertThat(a.partners())
                .extracting(FakePartner::authId)
                .containsExactly(DemoData.PARTNER_AUTH_ID, DemoData.SECOND_PARTNER_AUTH_ID, "PA_S");

        Path noDemo = dir.resolve("b.json");
        Files.writeString(noDemo, "{\"demo_data\":false,\"accounts\":[{\"auth_id\":\"MA_S\",\"auth_token\":\"t\"}]}");
        FakeSeed b = FakeSeed.read(noDemo);
        assertThat(b.accounts()).extracting(FakeAccount::authId).containsExactly("MA_S");
        assertThat(b.partners()).isEmpty();
    }

    @Test
    void seedFilesCanHoldEveryKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(
                file,
                "{\"demo_data\":false,"
                        + "\"partners\":[{\"auth_id\":\"PA_S\",\"auth_token\":\"t\",\"balance\":\"50\"}],"
                        + "\"customers\":[{\"auth_id\":\"MA_C\",\"auth_token\":\"u\",\"partner_auth_id\":\"PA_S\","
                        + "\"cash_credits\":\"7.5\"}],"
                        + "\"numbers\":[{\"id\":\"n-1\",\"account_id\":\"MA_C\",\"e164\":\"+15550100\"}]}");
        FakeState state = new FakeState(FakeSeed.read(file));
        assertThat(state.children(FakeCustomer.KIND, "PA_S"))
                .singleElement()
                .satisfies(c -> assertThat(c.cashCredits()).isEqualByComparingTo("7.5"));
        assertThat(state.get(FakeNumber.KIND, "n-1").orElseThrow().e164()).isEqualTo("+15550100");
        assertThat(state.accounts()).isEmpty();
    }

    @Test
    void badSeedsFailWithClearMessages(@TempDir Path dir) throws Exception {
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "{nope");
        assertThatThrownBy(() -> FakeSeed.read(notJson))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FakeSeed.read(dir.resolve("missing.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read seed file");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree("{\"accounts\":{}}")))
                .hasMessageContaining("'accounts' must be an array");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree("{\"accounts\":[{\"auth_id\":\"MA_1\"}]}")))
                .hasMessageContaining("auth_token");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree(
                        "{\"partners\":[{\"auth_id\":\"P\",\"auth_token\":\"t\",\"balance\":\"x\"}]}")))
                .hasMessageContaining("balance");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree("[]"))).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree("{\"customer\":[]}")))
                .hasMessageContaining("unknown field 'customer'")
                .hasMessageContaining("customers");
        assertThatThrownBy(() -> FakeSeed.parse(Json.MAPPER.readTree("{\"demo_data\":\"yes\"}")))
                .hasMessageContaining("demo_data");
    }
}
