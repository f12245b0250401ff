package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.AnalyticsParams;
import ai.vobiz.domain.partner.CallDirection;
import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.CdrListEnvelope;
import ai.vobiz.domain.partner.CdrStatus;
import ai.vobiz.domain.partner.CdrSummary;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.paging.Page;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * CDRs, dashboard and analytics end to end through the SDK's sync, async and {@code Mono} clients on both real
 * transports against the fake server over loopback HTTP.
 */
class PartnerCdrsEndToEndTest {
    static FakeVobizServer server;

    @BeforeAll
    static void start() {
        server = FakeVobizServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    static VobizClient client(String transport) {
        return VobizClient.builder()
                .transport(transport)
                .baseUrl(server.baseUrl().toString())
                .credentials(DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN)
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void cdrsPageFilterAndSummariseSyncAsyncAndMono(String transport) {
        try (VobizClient c = client(transport)) {
            ListCdrsParams answeredOutbound = ListCdrsParams.builder()
                    .callDirection(CallDirection.OUTBOUND)
                    .status(CdrStatus.ANSWERED)
                    .minDuration(30)
                    .perPage(25)
                    .build();
            Page<Cdr> first = c.partner().cdrs().list(answeredOutbound);
            assertThat(first.items()).hasSize(25);
            assertThat(first.hasNext()).isTrue();
            List<Cdr> all =
                    c.partner().cdrs().listAll(answeredOutbound).stream().toList();
            assertThat(all).hasSize(first.total().intValue()).doesNotHaveDuplicates();
            assertThat(all)
                    .allMatch(x -> x.callDirection().is(CallDirection.OUTBOUND))
                    .allMatch(x -> x.answerTime() != null && x.duration() >= 30);
            CdrSummary summary = first.envelope(CdrListEnvelope.class).summary();
            assertThat(summary.totalCalls()).isEqualTo(first.total());
            assertThat(summary.answeredCalls()).isEqualTo(first.total());
            assertThat(summary.totalCost())
                    .isEqualByComparingTo(all.stream().map(Cdr::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add));

            String customer = DemoData.customerAuthId(4);
            Page<Cdr> mine = c.async()
                    .partner()
                    .cdrs()
                    .listForCustomer(
                            customer, ListCdrsParams.builder().perPage(2).build())
                    .join();
            assertThat(mine.items()).allMatch(x -> x.accountId().equals(customer));
            assertThat(mine.envelope(CdrListEnvelope.class).accountAuthId()).isEqualTo(customer);
            Cdr one = mine.items().get(0);
            assertThat(c.async()
                            .partner()
                            .cdrs()
                            .get(customer, one.uuid())
                            .join()
                            .totalCost())
                    .isEqualTo(one.totalCost());
            LocalDate day = one.startTime().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            try (ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
                List<Cdr> thatDay = mono.partner()
                        .cdrs()
                        .listAllForCustomer(
                                customer,
                                ListCdrsParams.builder()
                                        .startDate(day)
                                        .endDate(day)
                                        .build())
                        .collectList()
                        .block();
                assertThat(thatDay).extracting(Cdr::uuid).contains(one.uuid());
                assertThat(mono.partner().cdrs().get(customer, one.uuid()).block())
                        .isEqualTo(c.partner().cdrs().get(customer, one.uuid()));
            }
            assertThatThrownBy(() -> c.partner().cdrs().get(customer, "no-such-uuid"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> c.partner()
                            .cdrs()
                            .listForCustomer(DemoData.secondPartnerCustomerAuthId(1), ListCdrsParams.none()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void withoutCanViewCdrsTheSdkThrowsAPermissionError(String transport) {
        server.state()
                .updatePartner(
                        DemoData.PARTNER_AUTH_ID,
                        p -> p.newBuilder()
                                .field(FakePartner.CAN_VIEW_CDRS, JsonNodeFactory.instance.booleanNode(false))
                                .build());
        try (VobizClient c = client(transport)) {
            assertThatThrownBy(() -> c.partner().cdrs().list(ListCdrsParams.none()))
                    .isInstanceOf(PermissionException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "netty"})
    void theDashboardFollowsATransferAndAnalyticsItsWindow(String transport) {
        try (VobizClient c = client(transport)) {
            PartnerDashboard before = c.partner().dashboard();
            assertThat(before.partner().authId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
            assertThat(before.partner().balance()).isNull();
            assertThat(before.accounts().total()).isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT);
            assertThat(before.calls().totalCalls()).isGreaterThanOrEqualTo(150L);
            c.partner()
                    .customers()
                    .transferBalance(
                            DemoData.customerAuthId(2),
                            TransferBalanceRequest.builder()
                                    .amount("5.55")
                                    .currency("INR")
                                    .build());
            PartnerDashboard after = c.async().partner().dashboard().join();
            assertThat(after.totalBalance().subtract(before.totalBalance())).isEqualByComparingTo("5.55");
            assertThat(after.totalBalance().scale()).isEqualTo(5);

            LocalDate to = before.period().to();
            LocalDate from = to.minusDays(6);
            try (ReactiveVobizClient mono = ReactiveVobizClient.wrap(c)) {
                PartnerDashboard week = mono.partner()
                        .analytics(AnalyticsParams.between(from, to))
                        .block();
                assertThat(week.period().from()).isEqualTo(from);
                assertThat(week.calls().totalCalls()).isLessThan(before.calls().totalCalls());
                assertThat(week.timeSeries()).allMatch(d -> !d.date().isBefore(from));
                long weekCalls = c.partner()
                        .cdrs()
                        .list(ListCdrsParams.builder()
                                .startDate(from)
                                .endDate(to)
                                .build())
                        .total();
                assertThat(week.calls().totalCalls()).isEqualTo(weekCalls);
            }
            assertThatThrownBy(() -> c.partner()
                            .cdrs()
                            .list(ListCdrsParams.builder().perPage(100).page(0).build()))
                    .isInstanceOf(ai.vobiz.error.RequestValidationException.class);
        }
    }
}
