package ai.vobiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.Examples;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.TransferStatus;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.internal.json.RecordSchemas;
import ai.vobiz.paging.Page;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Every documented body of the typed partner endpoints decodes, its money exact to the digit and the scale. */
class PartnerExamplesDecodingTest {

    @Test
    void customerList() {
        Page<Customer> page = Endpoints.LIST_CUSTOMERS.decode(Examples.bytes("partner-accounts-list.json"));
        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isEqualTo(23);
        assertThat(page.perPage()).as("size echoes per_page").isEqualTo(20);
        Customer c = page.items().get(0);
        assertThat(c.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(c.cashCredits()).isEqualTo(new BigDecimal("1300.00000"));
        assertThat(c.pricingTier().ratePerMinute()).isEqualTo(new BigDecimal("0.45"));
        assertThat(c.pricingTier().nonConnectedCallFee()).isEqualTo(new BigDecimal("0.02"));
        assertThat(c.pricingTier().didReleaseFee()).isEqualTo(new BigDecimal("700"));
        assertThat(c.createdAt()).isEqualTo(OffsetDateTime.parse("2026-05-06T07:12:40.437143+00:00"));
        assertThat(c.baseCpsLimit()).isNull();
        assertThat(c.kycStatus()).isEqualTo("pending");
        assertThat(c.toString()).contains("authToken=<redacted>");
    }

    @Test
    void oneCustomer() {
        Customer c = RecordSchemas.of(Customer.class).decode(Examples.bytes("partner-account-get.json"));
        assertThat(c.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(c.cashCredits()).isEqualTo(new BigDecimal("1300.00000"));
    }

    @Test
    void transfersInBothDocumentedSpellings() {
        BalanceTransfer narrative = Endpoints.TRANSFER_BALANCE.decode(Examples.bytes("partner-transfer-balance.json"));
        assertThat(narrative.amount()).isEqualTo(new BigDecimal("500.00"));
        assertThat(narrative.partnerBalanceAfter()).isEqualTo(new BigDecimal("47750.00"));
        assertThat(narrative.status().is(TransferStatus.COMPLETED)).isTrue();
        BalanceTransfer openapi =
                Endpoints.TRANSFER_BALANCE.decode(Examples.bytes("partner-transfer-balance.openapi-example.json"));
        assertThat(openapi.amount()).isEqualTo(new BigDecimal("500"));
        assertThat(openapi.amount()).isEqualByComparingTo(narrative.amount());
        assertThat(openapi.timestamp()).isEqualTo(narrative.timestamp());
    }

    @Test
    void anUnknownTransferStatusDecodesAndIsKept() {
        BalanceTransfer t = Endpoints.TRANSFER_BALANCE.decode("{\"status\":\"reversed\"}".getBytes());
        assertThat(t.status().known()).isEmpty();
        assertThat(t.status().value()).isEqualTo("reversed");
    }

    @Test
    void createdCustomerAndLogin() {
        CreatedCustomer created = Endpoints.CREATE_CUSTOMER.decode(Examples.bytes("partner-accounts-create.json"));
        assertThat(created.balance()).isEqualTo(new BigDecimal("0.00"));
        assertThat(created.currency()).isEqualTo("INR");
        assertThat(created.toString()).contains("authToken=<redacted>");
        PartnerLogin login = Endpoints.PARTNER_LOGIN.decode(Examples.bytes("partner-login.json"));
        assertThat(login.tokens().expiresIn()).isEqualTo(3600L);
        assertThat(login.tokens().tokenType()).isEqualTo("Bearer");
        assertThat(login.toString()).doesNotContain("eyJ");
    }
}
