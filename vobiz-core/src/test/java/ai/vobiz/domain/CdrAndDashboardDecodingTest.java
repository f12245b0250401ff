package ai.vobiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.Examples;
import ai.vobiz.domain.partner.AnalyticsParams;
import ai.vobiz.domain.partner.CallDirection;
import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.CdrListEnvelope;
import ai.vobiz.domain.partner.CdrStatus;
import ai.vobiz.domain.partner.CdrSummary;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.internal.json.RecordEncoder;
import ai.vobiz.paging.Page;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every documented body of the CDR, dashboard and analytics endpoints (docs/api-digest.md §3.3, §3.4, §3.12, §3.13,
 * §3.18) decodes, money exact with its scale as sent.
 */
class CdrAndDashboardDecodingTest {

    @Test
    void theCustomerCdrPageDecodesRowsPagingAndTheMixedCaseSummary() {
        Page<Cdr> page = Endpoints.LIST_CUSTOMER_CDRS.decode(Examples.bytes("partner-customer-cdrs.json"));
        assertThat(page.items()).hasSize(2);
        assertThat(page.echoedPage()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(20);
        assertThat(page.total()).isEqualTo(1284L);
        assertThat(page.totalPages()).isEqualTo(65);
        Cdr second = page.items().get(1);
        assertThat(second.uuid()).isEqualTo("11223344-5566-7788-99aa-bbccddeeff00");
        assertThat(second.id()).isEqualTo(18000001L);
        assertThat(second.cost()).isEqualTo(new BigDecimal("0.12"));
        assertThat(second.totalCost()).isEqualTo(new BigDecimal("0.12"));
        assertThat(second.streamingCost()).isEqualTo(new BigDecimal("0"));
        assertThat(second.mos()).isEqualTo(new BigDecimal("4.4"));
        assertThat(second.callerIdName()).isEmpty();
        assertThat(second.hangupSource()).isEqualTo("Callee");

        CdrListEnvelope envelope = page.envelope(CdrListEnvelope.class);
        assertThat(envelope.success()).isTrue();
        assertThat(envelope.accountAuthId()).isEqualTo("MA_XXXXXXXX");
        assertThat(envelope.count()).isEqualTo(2);
        CdrSummary s = envelope.summary();
        assertThat(s.answerRate()).isEqualTo(new BigDecimal("48.2"));
        assertThat(s.answeredCalls()).isEqualTo(619L);
        assertThat(s.avgCallDuration()).isEqualTo("28s");
        assertThat(s.lastCallAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T11:15:00Z"));
        assertThat(s.totalCalls()).isEqualTo(1284L);
        assertThat(s.totalBillableSeconds()).isEqualTo(17428L);
        assertThat(s.totalCost()).isEqualTo(new BigDecimal("312.85"));
        assertThat(s.totalDurationSeconds()).isEqualTo(35952L);
        assertThat(s.raw().unknownFields()).isEmpty();
    }

    @Test
    void theCdrByUuidIsABareRowWithAll43Fields() {
        Cdr c = Endpoints.GET_CUSTOMER_CDR.decode(Examples.bytes("partner-customer-cdr-by-uuid.json"));
        assertThat(Cdr.class.getRecordComponents()).hasSize(44); // 43 fields and the raw view
        assertThat(c.raw().unknownFields()).isEmpty();
        assertThat(c.raw().node().size()).isEqualTo(43);
        assertThat(c.id()).isEqualTo(18000000L);
        assertThat(c.uuid()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(c.accountId()).isEqualTo("MA_XXXXXXXX");
        assertThat(c.callDirection().is(CallDirection.OUTBOUND)).isTrue();
        assertThat(c.callerIdName()).isEqualTo("John Doe");
        assertThat(c.callerIdNumber()).isEqualTo("+919876543210");
        assertThat(c.destinationNumber()).isEqualTo("+918012345678");
        assertThat(c.context()).isEqualTo("voice-api");
        assertThat(c.region()).isEqualTo("ap-south-1");
        assertThat(c.originationRegion()).isEqualTo("mumbai");
        assertThat(c.campaignId()).isNull();
        assertThat(c.customerEndpoint()).isNull();
        assertThat(c.trunkId()).isNull();
        assertThat(c.terminatedTo()).isNull();
        assertThat(c.failureCode()).isNull();
        assertThat(c.failureReason()).isNull();
        assertThat(c.duration()).isEqualTo(185L);
        assertThat(c.billsec()).isEqualTo(177L);
        assertThat(c.ringTime()).isEqualTo(8L);
        assertThat(c.startTime()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:00:00Z"));
        assertThat(c.answerTime()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:00:08Z"));
        assertThat(c.progressTime()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:00:00Z"));
        assertThat(c.endTime()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:03:05Z"));
        assertThat(c.createdAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:03:05Z"));
        assertThat(c.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T10:03:05Z"));
        assertThat(c.cost()).isEqualTo(new BigDecimal("0.45"));
        assertThat(c.totalCost()).isEqualTo(new BigDecimal("0.45"));
        assertThat(c.streamingCost()).isEqualTo(BigDecimal.ZERO);
        assertThat(c.currency()).isEqualTo("INR");
        assertThat(c.mos()).isEqualTo(new BigDecimal("4.5"));
        assertThat(c.jitter()).isEqualTo(new BigDecimal("2"));
        assertThat(c.packetLoss()).isEqualTo(BigDecimal.ZERO);
        assertThat(c.codec()).isEqualTo("PCMU");
        assertThat(c.hangupCause()).isEqualTo("NORMAL_CLEARING");
        assertThat(c.hangupCauseName()).isEqualTo("Normal Hangup");
        assertThat(c.hangupCauseCode()).isEqualTo(4000);
        assertThat(c.hangupDisposition()).isEqualTo("send_bye");
        assertThat(c.hangupSource()).isEqualTo("Caller");
        assertThat(c.bridgeUuid()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(c.sipCallId()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(c.sipUserAgent()).isEqualTo("Vobiz");
        assertThat(c.networkAddr()).isEqualTo("10.0.0.2");
        assertThat(c.carrierIp()).isEqualTo("10.0.0.1");
    }

    @Test
    void anUnknownDirectionStaysReadable() {
        Cdr c = Endpoints.GET_CUSTOMER_CDR.decode(
                "{\"call_direction\":\"transfer\",\"total_cost\":\"0.10\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(c.callDirection().value()).isEqualTo("transfer");
        assertThat(c.callDirection().known()).isEmpty();
        assertThat(c.totalCost()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void theCurrentDashboardDecodesEveryPartExactly() {
        PartnerDashboard d = Endpoints.PARTNER_DASHBOARD.decode(Examples.bytes("partner-dashboard.json"));
        assertThat(d.partner().authId()).isEqualTo("PA_XXXXXXXX");
        assertThat(d.partner().balance()).isNull();
        assertThat(d.period().from()).isEqualTo(LocalDate.parse("2026-04-12"));
        assertThat(d.period().to()).isEqualTo(LocalDate.parse("2026-05-12"));
        assertThat(d.accounts().total()).isEqualTo(23);
        assertThat(d.accounts().active()).isEqualTo(23);
        assertThat(d.accounts().customers()).hasSize(2);
        assertThat(d.accounts().customers().get(1).authId()).isEqualTo("MA_YYYYYYYY");
        assertThat(d.accounts().customers().get(1).createdAt())
                .isEqualTo(OffsetDateTime.parse("2026-02-09T09:34:48.330015+00:00"));
        assertThat(d.totalBalance()).isEqualTo(new BigDecimal("1003058.82000"));
        assertThat(d.currency()).isEqualTo("INR");
        assertThat(d.calls().totalCalls()).isEqualTo(210L);
        assertThat(d.calls().answeredCalls()).isEqualTo(178L);
        assertThat(d.calls().totalMinutes()).isEqualTo(new BigDecimal("157.2"));
        assertThat(d.calls().totalCost()).isEqualTo(new BigDecimal("108.24"));
        assertThat(d.traffic().inbound().totalCost()).isEqualTo(new BigDecimal("17.26"));
        assertThat(d.traffic().outbound().totalMinutes()).isEqualTo(new BigDecimal("131.7"));
        assertThat(d.byProduct().sipTrunking().totalMinutes()).isEqualTo(BigDecimal.ZERO);
        assertThat(d.byProduct().sipTrunking().totalCost()).isEqualTo(new BigDecimal("0.16"));
        assertThat(d.byProduct().voiceApi().totalCost()).isEqualTo(new BigDecimal("108.08"));
        assertThat(d.timeSeries()).hasSize(2);
        PartnerDashboard.DailyCalls day = d.timeSeries().get(1);
        assertThat(day.date()).isEqualTo(LocalDate.parse("2026-04-16"));
        assertThat(day.totalCalls()).isEqualTo(69L);
        assertThat(day.totalCost()).isEqualTo(new BigDecimal("26.48"));
        assertThat(day.outbound().totalMinutes()).isEqualTo(new BigDecimal("30.7"));
        assertThat(day.inbound().totalCost()).isNull();
        assertThat(d.raw().unknownFields()).isEmpty();
    }

    @Test
    void analyticsIsTheDashboardShapeForItsWindow() {
        PartnerDashboard a = Endpoints.PARTNER_ANALYTICS.decode(Examples.bytes("partner-analytics.json"));
        assertThat(a.period().from()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(a.period().to()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(a.totalBalance()).isEqualTo(new BigDecimal("1003058.82000"));
        assertThat(a.timeSeries()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.parse("2026-01-15"));
            assertThat(day.totalCost()).isEqualTo(new BigDecimal("7.21"));
        });
    }

    @Test
    void theOpenApiExampleDashboardDecodesItsFieldsStayInRaw() {
        PartnerDashboard d =
                Endpoints.PARTNER_DASHBOARD.decode(Examples.bytes("partner-dashboard.openapi-example.json"));
        assertThat(d.currency()).isEqualTo("INR");
        assertThat(d.totalBalance()).isNull();
        assertThat(d.calls()).isNull();
        assertThat(d.raw().unknownFields())
                .containsOnlyKeys(
                        "total_customers", "active_customers", "pending_kyc", "total_balance_held", "mtd_revenue");
        assertThat(d.raw().get("mtd_revenue").orElseThrow().decimalValue()).isEqualTo(new BigDecimal("18450.5"));
        assertThat(d.raw().get("total_balance_held").orElseThrow().asInt()).isEqualTo(250000);
    }

    /**
     * The legacy body is not among the example files; its field names and its numeric {@code total_balance}
     * (284500.00) are those docs/api-digest.md §3.3 and §5 item 20 list; the other values are illustrative.
     */
    @Test
    void theLegacyDashboardDecodesWithItsNumericTotalBalanceExact() {
        String legacy = "{\"active_accounts\":42,\"total_balance\":284500.00,\"currency\":\"INR\","
                + "\"calls_today\":120,\"calls_this_month\":3400,\"total_spend_this_month\":18450.50,"
                + "\"accounts_low_balance\":3,\"accounts_suspended\":1}";
        PartnerDashboard d = Endpoints.PARTNER_DASHBOARD.decode(legacy.getBytes(StandardCharsets.UTF_8));
        assertThat(d.totalBalance()).isEqualTo(new BigDecimal("284500.00"));
        assertThat(d.currency()).isEqualTo("INR");
        assertThat(d.partner()).isNull();
        assertThat(d.raw().unknownFields()).containsKeys("active_accounts", "calls_today", "accounts_suspended");
    }

    @Test
    void cdrFiltersAreTheDocumentedQueryParameters() {
        ListCdrsParams p = ListCdrsParams.builder()
                .page(2)
                .perPage(100)
                .startDate(LocalDate.parse("2026-03-01"))
                .endDate(LocalDate.parse("2026-03-31"))
                .callDirection(CallDirection.INBOUND)
                .status(CdrStatus.NO_ANSWER)
                .hangupCause("NO_ANSWER")
                .minDuration(0)
                .build();
        assertThat(RecordEncoder.query(p))
                .containsExactly(
                        Map.entry("page", List.of("2")),
                        Map.entry("per_page", List.of("100")),
                        Map.entry("start_date", List.of("2026-03-01")),
                        Map.entry("end_date", List.of("2026-03-31")),
                        Map.entry("call_direction", List.of("inbound")),
                        Map.entry("status", List.of("no_answer")),
                        Map.entry("hangup_cause", List.of("NO_ANSWER")),
                        Map.entry("min_duration", List.of("0")));
        assertThat(RecordEncoder.query(AnalyticsParams.between(LocalDate.parse("2026-01-01"), null)))
                .containsExactly(Map.entry("from_date", List.of("2026-01-01")));
    }

    @Test
    void cdrFiltersAreCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ListCdrsParams.builder().perPage(101).build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("per_page"));
        assertThatThrownBy(() -> ListCdrsParams.builder().minDuration(-1).build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("min_duration"));
        assertThatThrownBy(() -> ListCdrsParams.builder()
                        .startDate(LocalDate.parse("2026-03-02"))
                        .endDate(LocalDate.parse("2026-03-01"))
                        .build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("end_date"));
        assertThat(ListCdrsParams.builder()
                        .startDate(LocalDate.parse("2026-03-01"))
                        .endDate(LocalDate.parse("2026-03-01"))
                        .build()
                        .endDate())
                .isEqualTo(LocalDate.parse("2026-03-01"));
        assertThatThrownBy(() -> AnalyticsParams.between(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("to_date"));
    }

    @Test
    void aHandBuiltPageHasNoEnvelopeDecoder() {
        Page<Cdr> page = Page.<Cdr>builder(
                        ai.vobiz.paging.Paging.CDRS,
                        List.of(),
                        new RawJson(ai.vobiz.domain.WireFormat.mapper().createObjectNode(), java.util.Set.of()))
                .build();
        assertThatThrownBy(() -> page.envelope(CdrListEnvelope.class)).isInstanceOf(IllegalStateException.class);
    }
}
