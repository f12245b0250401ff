package ai.vobiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.Examples;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.CustomerBalance;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.LedgerEntryStatus;
import ai.vobiz.domain.partner.LedgerEntryType;
import ai.vobiz.domain.partner.LedgerEnvelope;
import ai.vobiz.domain.partner.LedgerSummary;
import ai.vobiz.domain.partner.NumberStatus;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.DecodingException;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.Paging;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The documented bodies of one customer, its balance, ledger and numbers (docs/api-digest.md §3.7–§3.15). */
class PartnerLedgerDecodingTest {

    @Test
    void getCustomerDecodesTheDocumentedExampleWithItsTokenRedacted() {
        Customer c = Endpoints.GET_CUSTOMER.decode(Examples.bytes("partner-account-get.json"));
        assertThat(c.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(c.cashCredits()).isEqualTo(new BigDecimal("1300.00000"));
        assertThat(c.cashCredits().scale()).isEqualTo(5);
        assertThat(c.tdsPercentage()).isEqualTo(new BigDecimal("2"));
        assertThat(c.pricingTier().ratePerMinute()).isEqualTo(new BigDecimal("0.45"));
        assertThat(c.createdAt()).isEqualTo(OffsetDateTime.parse("2026-05-06T07:12:40.437143+00:00"));
        assertThat(c.referralCode()).isNull();
        assertThat(c.raw().unknownFields()).isEmpty();
        ObjectNode withSecret = Examples.object("partner-account-get.json").put("auth_token", "s3cr3t-t0ken");
        Customer secret = Endpoints.GET_CUSTOMER.decode(Examples.toBytes(withSecret));
        assertThat(secret.authToken()).isEqualTo("s3cr3t-t0ken");
        assertThat(secret.toString()).doesNotContain("s3cr3t-t0ken").contains("MA_XXXXXXXX");
    }

    @Test
    void balanceDecodesTheFiveDecimalStringExactly() {
        CustomerBalance b = Endpoints.GET_CUSTOMER_BALANCE.decode(Examples.bytes("partner-account-balance.json"));
        assertThat(b.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(b.name()).isEqualTo("John Doe");
        assertThat(b.cashCredits()).isEqualTo(new BigDecimal("1300.00000"));
        assertThat(b.currency()).isEqualTo("INR");
        assertThat(b.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-05-07T11:54:13.620089+00:00"));
        assertThat(b.raw().unknownFields()).isEmpty();
    }

    @Test
    void customerLedgerDecodesRowsPagingAndTheTypedSummary() {
        Page<LedgerEntry> page =
                Endpoints.LIST_CUSTOMER_TRANSACTIONS.decode(Examples.bytes("partner-customer-transactions.json"));
        assertThat(page.paging()).isEqualTo(Paging.PARTNER_LEDGER);
        assertThat(page.items()).hasSize(3);
        assertThat(page.items())
                .extracting(LedgerEntry::amount)
                .containsExactly(new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("1000"));
        LedgerEntry first = page.items().get(0);
        assertThat(first.id()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(first.accountId()).isEqualTo("MA_XXXXXXXX");
        assertThat(first.balanceId()).isEqualTo("11223344-1234-5678-90ab-cdef12345678");
        assertThat(first.type().is(LedgerEntryType.CREDIT)).isTrue();
        assertThat(first.currency()).isEqualTo("INR");
        assertThat(first.description()).isEqualTo("Transfer from partner John Doe: Balance transfer");
        assertThat(first.reference()).isEqualTo("ptc:aabbccdd-1234-5678-90ab-cdef12345678:MA_XXXXXXXX:1778140310");
        assertThat(first.status().is(LedgerEntryStatus.COMPLETED)).isTrue();
        assertThat(first.processedAt()).isEqualTo(OffsetDateTime.parse("2026-05-07T07:51:50.402147Z"));
        assertThat(first.createdAt()).isEqualTo(first.processedAt());
        assertThat(first.updatedAt()).isEqualTo(first.processedAt());
        assertThat(first.raw().unknownFields()).isEmpty();
        assertThat(page.total()).isEqualTo(3L);
        assertThat(page.echoedPage()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(20);
        assertThat(page.totalPages()).isEqualTo(1);

        LedgerEnvelope envelope = page.envelope(LedgerEnvelope.class);
        assertThat(envelope.accountAuthId()).isEqualTo("MA_XXXXXXXX");
        LedgerSummary s = envelope.summary();
        assertThat(s.totalTransactions()).isEqualTo(3L);
        assertThat(s.totalDebit()).isEqualTo(new BigDecimal("0"));
        assertThat(s.totalCredit()).isEqualTo(new BigDecimal("1300"));
        assertThat(s.netAmount()).isEqualTo(new BigDecimal("1300"));
        assertThat(s.byReferenceType()).hasSize(1);
        LedgerSummary.ReferenceTypeTotal unknown = s.byReferenceType().get(0);
        assertThat(unknown.referenceType()).isEqualTo("unknown");
        assertThat(unknown.totalDebit()).isEqualTo(new BigDecimal("0"));
        assertThat(unknown.totalCredit()).isEqualTo(new BigDecimal("1300"));
        assertThat(unknown.count()).isEqualTo(3L);
        assertThat(s.raw().unknownFields()).isEmpty();
    }

    @Test
    void aFractionalLedgerAmountIsKeptExactly() {
        ObjectNode body = Examples.object("partner-customer-transactions.json");
        ((ObjectNode) body.get("transactions").get(0)).put("amount", new BigDecimal("0.10000"));
        ((ObjectNode) body.get("summary")).put("net_amount", new BigDecimal("1100.1"));
        Page<LedgerEntry> page = Endpoints.LIST_PARTNER_TRANSACTIONS.decode(Examples.toBytes(body));
        assertThat(page.items().get(0).amount()).isEqualTo(new BigDecimal("0.10000"));
        assertThat(page.envelope(LedgerEnvelope.class).summary().netAmount()).isEqualTo(new BigDecimal("1100.1"));
    }

    /** A record of the caller's own reads any envelope field; a mismatch is a typed decoding failure. */
    record Totals(Long total, Integer totalPages) {}

    record Misfit(List<String> summary) {}

    @Test
    void envelopeDecodesIntoAnyRecordAndFailsTyped() {
        Page<LedgerEntry> page =
                Endpoints.LIST_CUSTOMER_TRANSACTIONS.decode(Examples.bytes("partner-customer-transactions.json"));
        assertThat(page.envelope(Totals.class)).isEqualTo(new Totals(3L, 1));
        assertThatThrownBy(() -> page.envelope(Misfit.class)).isInstanceOf(DecodingException.class);
        Page<String> built =
                Page.builder(Paging.NUMBERS, List.of("x"), page.raw()).build();
        assertThatThrownBy(() -> built.envelope(Totals.class)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numbersDecodeEveryDocumentedFieldWithFeesExact() {
        Page<PhoneNumber> page =
                Endpoints.LIST_CUSTOMER_NUMBERS.decode(Examples.bytes("partner-customer-numbers.json"));
        assertThat(page.paging()).isEqualTo(Paging.NUMBERS);
        assertThat(page.total()).isEqualTo(1L);
        assertThat(page.perPage()).isEqualTo(20);
        assertThat(page.envelope(LedgerEnvelope.class).accountAuthId()).isEqualTo("MA_XXXXXXXX");
        PhoneNumber n = page.items().get(0);
        assertThat(n.id()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(n.accountId()).isEqualTo("MA_XXXXXXXX");
        assertThat(n.e164()).isEqualTo("+918012345678");
        assertThat(n.country()).isEqualTo("IN");
        assertThat(n.region()).isEqualTo("Karnataka");
        assertThat(n.capabilities().voice()).isTrue();
        assertThat(n.capabilities().sms()).isFalse();
        assertThat(n.capabilities().mms()).isFalse();
        assertThat(n.capabilities().fax()).isFalse();
        assertThat(n.status().is(NumberStatus.ACTIVE)).isTrue();
        assertThat(n.provider()).isEmpty();
        assertThat(n.setupFee()).isEqualTo(new BigDecimal("100"));
        assertThat(n.monthlyFee()).isEqualTo(new BigDecimal("300"));
        assertThat(n.currency()).isEqualTo("INR");
        assertThat(n.applicationId()).isEqualTo("20577609616603585");
        assertThat(n.voiceEnabled()).isTrue();
        assertThat(n.tags()).isEmpty();
        assertThat(n.purchasedAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T06:58:38Z"));
        assertThat(n.isBlocked()).isFalse();
        assertThat(n.createdAt()).isEqualTo(OffsetDateTime.parse("2025-03-31T18:30:00Z"));
        assertThat(n.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T06:58:54Z"));
        assertThat(n.isTrialNumber()).isFalse();
        assertThat(n.lastBillingDate()).isEqualTo(OffsetDateTime.parse("2026-03-25T06:58:38Z"));
        assertThat(n.nextBillingDate()).isEqualTo(OffsetDateTime.parse("2026-04-25T06:58:38Z"));
        assertThat(n.minimumCommitmentMonths()).isZero();
        assertThat(n.aadhaarVerificationRequired()).isFalse();
        assertThat(n.aadhaarVerified()).isFalse();
        assertThat(n.source()).isEqualTo("purchased");
        assertThat(n.raw().unknownFields()).isEmpty();
    }
}
