package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.partner;
import static ai.vobiz.testkit.TestSupport.send;
import static ai.vobiz.testkit.TestSupport.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeCdr;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Dashboard and analytics over HTTP (docs/api-digest.md §3.3, §3.4): computed from the store, so they follow it. */
class DashboardTest {
    static final Instant NOW = Instant.parse("2026-05-12T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-05-12");

    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perTest().clock(Clock.fixed(NOW, ZoneOffset.UTC));

    static JsonNode ok(String path) {
        HttpResponse<String> r = send(partner(fake.server(), path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    static BigDecimal wallets() {
        return fake.server().state().children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID).stream()
                .map(FakeCustomer::cashCredits)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The demo partner's CDRs that started between the two days (inclusive), read from the store. */
    static long calls(LocalDate from, LocalDate to) {
        FakeState s = fake.server().state();
        return s.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID).stream()
                .flatMap(c -> s.children(FakeCdr.KIND, c.authId()).stream())
                .map(c -> c.startTime().atZone(ZoneOffset.UTC).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .count();
    }

    @Test
    void theDashboardIsTheLast30DaysOfTheStore() {
        JsonNode d = ok("/api/v1/partner/dashboard");
        assertThat(FakeServerHttpTest.fieldNames(d))
                .containsExactly(
                        "partner",
                        "period",
                        "accounts",
                        "total_balance",
                        "currency",
                        "calls",
                        "traffic",
                        "by_product",
                        "time_series");
        assertThat(d.get("partner").get("auth_id").asString()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(d.get("partner").get("balance").isNull()).isTrue();
        assertThat(d.get("period").get("from").asString()).isEqualTo("2026-04-12");
        assertThat(d.get("period").get("to").asString()).isEqualTo("2026-05-12");
        assertThat(d.get("accounts").get("total").asInt()).isEqualTo(DemoData.PARTNER_CUSTOMER_COUNT);
        assertThat(d.get("accounts").get("customers")).hasSize(DemoData.PARTNER_CUSTOMER_COUNT);
        assertThat(new BigDecimal(d.get("total_balance").asString())).isEqualByComparingTo(wallets());
        assertThat(d.get("total_balance").asString()).matches("\\d+\\.\\d{5}");
        long calls = calls(TODAY.minusDays(30), TODAY);
        assertThat(calls).isGreaterThanOrEqualTo(150);
        JsonNode c = d.get("calls");
        assertThat(c.get("total_calls").asLong()).isEqualTo(calls);
        JsonNode t = d.get("traffic");
        assertThat(t.get("inbound").get("total_calls").asLong()
                        + t.get("outbound").get("total_calls").asLong())
                .isEqualTo(calls);
        JsonNode p = d.get("by_product");
        assertThat(p.get("sip_trunking").get("total_calls").asLong()
                        + p.get("voice_api").get("total_calls").asLong())
                .isEqualTo(calls);
        assertThat(p.get("sip_trunking").get("total_minutes").isIntegralNumber())
                .isTrue();
        assertThat(new BigDecimal(t.get("inbound").get("total_cost").asString())
                        .add(new BigDecimal(t.get("outbound").get("total_cost").asString())))
                .isEqualByComparingTo(new BigDecimal(c.get("total_cost").asString()));
        long series = 0;
        for (JsonNode day : d.get("time_series")) {
            series += day.get("total_calls").asLong();
            assertThat(day.get("inbound").get("total_calls").asLong()
                            + day.get("outbound").get("total_calls").asLong())
                    .isEqualTo(day.get("total_calls").asLong());
        }
        assertThat(series).isEqualTo(calls);
    }

    @Test
    void aTransferMovesTheTotalBalance() {
        BigDecimal before = new BigDecimal(
                ok("/api/v1/partner/dashboard").get("total_balance").asString());
        HttpResponse<String> r = send(transfer(
                fake.server(),
                DemoData.PARTNER_AUTH_ID,
                DemoData.PARTNER_AUTH_TOKEN,
                DemoData.customerAuthId(3),
                "{\"amount\":12.34,\"currency\":\"INR\"}"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        BigDecimal after = new BigDecimal(
                ok("/api/v1/partner/dashboard").get("total_balance").asString());
        assertThat(after.subtract(before)).isEqualByComparingTo("12.34");
        assertThat(after).isEqualByComparingTo(wallets());
    }

    @Test
    void aCdrAddedThroughTheJavaApiIsCounted() {
        JsonNode before = ok("/api/v1/partner/dashboard");
        String start = OffsetDateTime.parse("2026-05-12T09:00:00Z").toString();
        fake.server()
                .state()
                .put(FakeCdr.builder()
                        .key("added-cdr-1")
                        .accountId(DemoData.customerAuthId(5))
                        .field("start_time", "2026-05-12T09:00:00Z")
                        .field("call_direction", "inbound")
                        .field("context", "sip-trunking")
                        .field("billsec", Json.MAPPER.getNodeFactory().numberNode(600))
                        .field("total_cost", Json.MAPPER.getNodeFactory().numberNode(new BigDecimal("7.77")))
                        .build());
        JsonNode after = ok("/api/v1/partner/dashboard");
        assertThat(start).isNotEmpty();
        assertThat(after.get("calls").get("total_calls").asLong())
                .isEqualTo(before.get("calls").get("total_calls").asLong() + 1);
        assertThat(new BigDecimal(after.get("calls").get("total_cost").asString())
                        .subtract(new BigDecimal(
                                before.get("calls").get("total_cost").asString())))
                .isEqualByComparingTo("7.77");
        assertThat(after.get("traffic").get("inbound").get("answered_calls").asLong())
                .isEqualTo(before.get("traffic")
                                .get("inbound")
                                .get("answered_calls")
                                .asLong()
                        + 1);
        assertThat(after.get("by_product")
                        .get("sip_trunking")
                        .get("total_minutes")
                        .asLong())
                .isEqualTo(before.get("by_product")
                                .get("sip_trunking")
                                .get("total_minutes")
                                .asLong()
                        + 10);
        JsonNode lastDay = after.get("time_series").get(after.get("time_series").size() - 1);
        assertThat(lastDay.get("date").asString()).isEqualTo("2026-05-12");
    }

    @Test
    void analyticsIsTheDashboardForTheWindowAsked() {
        JsonNode a = ok("/api/v1/partner/analytics?from_date=2026-05-01&to_date=2026-05-03");
        assertThat(a.get("period").get("from").asString()).isEqualTo("2026-05-01");
        assertThat(a.get("period").get("to").asString()).isEqualTo("2026-05-03");
        long calls = calls(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-03"));
        assertThat(calls).isPositive();
        assertThat(a.get("calls").get("total_calls").asLong()).isEqualTo(calls);
        assertThat(a.get("time_series"))
                .allMatch(day -> day.get("date").asString().compareTo("2026-05-01") >= 0
                        && day.get("date").asString().compareTo("2026-05-03") <= 0);
        JsonNode defaults = ok("/api/v1/partner/analytics");
        assertThat(defaults.get("period"))
                .isEqualTo(ok("/api/v1/partner/dashboard").get("period"));
        for (String bad : List.of("from_date=yesterday", "from_date=2026-05-03&to_date=2026-05-01")) {
            assertThat(send(partner(fake.server(), "/api/v1/partner/analytics?" + bad))
                            .statusCode())
                    .as(bad)
                    .isEqualTo(422);
        }
    }
}
