package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** Creating customers and signing in, through the SDK and the CLI, against the fake over loopback HTTP. */
class PartnerAccessEndToEndTest {
    static final String PASSWORD = "s3cret-Pass!";
    static final Map<String, String> PARTNER_ENV =
            Map.of("VOBIZ_AUTH_ID", DemoData.PARTNER_AUTH_ID, "VOBIZ_AUTH_TOKEN", DemoData.PARTNER_AUTH_TOKEN);
    /** One fake server for the class; its state, faults and journal are reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    static VobizClient client(String transport) {
        return EndToEnd.partnerClient(fake.server(), transport);
    }

    static CreateCustomerRequest.Builder newCustomer(String email) {
        return CreateCustomerRequest.builder()
                .name("Kavya Rao")
                .email(email)
                .password(PASSWORD)
                .phone("+919812345678")
                .country("IN")
                .company("Rao Logistics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void aCreatedCustomerStartsPendingWithAnEmptyWalletAndCanBeFunded(String transport) {
        try (VobizClient c = client(transport)) {
            long before =
                    c.partner().customers().list(ListCustomersParams.none()).total();
            CreatedCustomer created = c.partner()
                    .customers()
                    .create(newCustomer("kavya@example.com").build());
            assertThat(created.authId()).startsWith("MA_");
            assertThat(created.balance()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(created.currency()).isEqualTo("INR");
            assertThat(created.authToken()).isNotBlank();
            assertThat(created.toString()).doesNotContain(created.authToken());
            assertThat(fake.server().journal().entries("POST", null)).hasSize(1);
            assertThat(new String(
                            fake.server().journal().entries("POST", null).get(0).body()))
                    .contains("\"password\":\"" + PASSWORD + "\"");

            Customer listed = c.partner()
                    .customers()
                    .list(ListCustomersParams.builder()
                            .search("kavya@example.com")
                            .build())
                    .items()
                    .get(0);
            assertThat(listed.authId()).isEqualTo(created.authId());
            assertThat(listed.kycStatus()).isEqualTo("pending");
            assertThat(listed.cashCredits()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(c.partner().customers().list(ListCustomersParams.none()).total())
                    .isEqualTo(before + 1);

            c.partner().customers().transferBalance(created.authId(), EndToEnd.inr("25.00"));
            assertThat(c.partner()
                            .customers()
                            .list(ListCustomersParams.builder()
                                    .search("kavya@example.com")
                                    .build())
                            .items()
                            .get(0)
                            .cashCredits())
                    .isEqualByComparingTo("25.00");

            assertThatThrownBy(() -> c.partner()
                            .customers()
                            .create(newCustomer("KAVYA@example.com").build()))
                    .as("an email is unique across the platform")
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("422");
            try (ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
                assertThat(mono.partner()
                                .customers()
                                .create(newCustomer("ravi@example.com").build())
                                .block()
                                .authId())
                        .startsWith("MA_");
            }
            assertThat(c.async()
                            .partner()
                            .customers()
                            .create(newCustomer("meera@example.com").build())
                            .join()
                            .name())
                    .isEqualTo("Kavya Rao");
        }
    }

    @Test
    void rulesTheServerKeepsAreTypedErrorsAndWeakPasswordsNeverLeave() {
        try (VobizClient c = client("okhttp")) {
            assertThatThrownBy(() ->
                            newCustomer("x@example.com").password("short1!").build())
                    .isInstanceOfSatisfying(
                            RequestValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("password"))
                    .hasMessageNotContaining("short1!");
            assertThatThrownBy(() ->
                            newCustomer("x@example.com").password("longenough!").build())
                    .isInstanceOf(RequestValidationException.class);
            assertThat(newCustomer("x@example.com").build().toString()).doesNotContain(PASSWORD);

            fake.server()
                    .state()
                    .updatePartner(
                            DemoData.PARTNER_AUTH_ID,
                            p -> p.newBuilder()
                                    .field("can_create_accounts", JsonNodeFactory.instance.booleanNode(false))
                                    .build());
            assertThatThrownBy(() -> c.partner()
                            .customers()
                            .create(newCustomer("y@example.com").build()))
                    .isInstanceOf(PermissionException.class);
            fake.server()
                    .state()
                    .updatePartner(
                            DemoData.PARTNER_AUTH_ID,
                            p -> p.newBuilder()
                                    .field("can_create_accounts", JsonNodeFactory.instance.booleanNode(true))
                                    .field(
                                            "max_accounts",
                                            JsonNodeFactory.instance.numberNode(DemoData.PARTNER_CUSTOMER_COUNT))
                                    .build());
            assertThatThrownBy(() -> c.partner()
                            .customers()
                            .create(newCustomer("z@example.com").build()))
                    .isInstanceOf(PermissionException.class)
                    .hasMessageContaining("max_accounts");
        }
    }

    @Test
    void loginGivesATokenThatNeverPrints() {
        try (VobizClient c = client("okhttp")) {
            String email = fake.server()
                    .state()
                    .partner(DemoData.PARTNER_AUTH_ID)
                    .map(FakePartner::json)
                    .orElseThrow()
                    .get("email")
                    .asString();
            PartnerLogin login = c.partner().login(new PartnerLoginRequest(email, DemoData.PARTNER_CONSOLE_PASSWORD));
            assertThat(login.tokens().tokenType()).isEqualTo("Bearer");
            assertThat(login.tokens().expiresIn()).isEqualTo(3600L);
            assertThat(login.toString()).doesNotContain(login.tokens().accessToken());
            assertThatThrownBy(() -> c.partner().login(new PartnerLoginRequest(email, "wrong")))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageNotContaining("wrong");
        }
    }

    @Test
    void theCliReadsPasswordsFromStandardInputOnly() {
        String base = fake.server().baseUrl().toString();
        CliRunner.Result created = CliRunner.with(PARTNER_ENV, TestkitServer::start)
                .input(PASSWORD + "\n")
                .run(
                        "partner",
                        "customers",
                        "create",
                        "--name",
                        "Kavya Rao",
                        "--email",
                        "cli@example.com",
                        "--phone",
                        "+919812345678",
                        "--country",
                        "IN",
                        "--password-stdin",
                        "--base-url",
                        base);
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).containsPattern("Auth ID +MA_").containsPattern("Auth token +<redacted>");
        assertThat(created.all()).doesNotContain(PASSWORD);

        CliRunner.Result noPassword = CliRunner.with(PARTNER_ENV, TestkitServer::start)
                .run(
                        "partner",
                        "customers",
                        "create",
                        "--name",
                        "K",
                        "--email",
                        "k2@example.com",
                        "--phone",
                        "+919812345678",
                        "--country",
                        "IN",
                        "--base-url",
                        base);
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("'password' is required");

        CliRunner.Result flag = CliRunner.with(PARTNER_ENV, TestkitServer::start)
                .run("partner", "customers", "create", "--password", PASSWORD, "--base-url", base);
        assertThat(flag.exitCode()).as("no flag takes a password").isEqualTo(2);

        CliRunner.Result login = CliRunner.with(PARTNER_ENV, TestkitServer::start)
                .input("wrong-password\n")
                .run("partner", "login", "--email", "admin@example.com", "--password-stdin", "--base-url", base);
        assertThat(login.exitCode()).as(login.toString()).isEqualTo(3);
        assertThat(login.all()).doesNotContain("wrong-password");
    }
}
