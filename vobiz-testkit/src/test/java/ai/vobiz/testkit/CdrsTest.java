package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.get;
import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.partner;
import static ai.vobiz.testkit.TestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.state.FakeCdr;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The CDR endpoints over HTTP (docs/api-digest.md §3.12–§3.14): the seeded traffic, filters AND-ed and judged
 * against the store's own rows, the capability gate, ownership, validation.
 */
class CdrsTest {
    static final Instant NOW = Instant.parse("2026-05-12T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-05-12");

    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perTest().clock(Clock.fixed(NOW, ZoneOffset.UTC));

    static final String ALL = "/api/v1/partner/cdrs";

    static String customerPath(String customer) {
        return "/api/v1/partner/accounts/" + customer + "/cdrs";
    }

    static JsonNode ok(String path) {
        HttpResponse<String> r = send(partner(fake.server(), path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    /** Every row of every page of a list, by following has_next. */
    static List<JsonNode> every(String path) {
        List<JsonNode> rows = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode body = ok(path + sep + "per_page=100&page=" + page);
            body.get("data").forEach(rows::add);
            if (!body.get("pagination").get("has_next").asBoolean()) {
                return rows;
            }
        }
    }

    /** The demo partner's CDRs as the store holds them, by the test's own reading of the JSON. */
    static List<FakeCdr> stored(Predicate<JsonNode> which) {
        FakeState state = fake.server().state();
        List<FakeCdr> out = new ArrayList<>();
        for (FakeCustomer c : state.children(FakeCustomer.KIND, DemoData.PARTNER_AUTH_ID)) {
            state.children(FakeCdr.KIND, c.authId()).stream()
                    .filter(cdr -> which.test(cdr.json()))
                    .forEach(out::add);
        }
        return out;
    }

    static LocalDate day(JsonNode row) {
        return OffsetDateTime.parse(row.get("start_time").asString()).toLocalDate();
    }

    static boolean recent(JsonNode row) {
        return !day(row).isBefore(TODAY.minusDays(30)) && !day(row).isAfter(TODAY);
    }

    @Test
    void theSeedHasAtLeast150CallsOfTheDemoPartnerInTheLast30DaysOfEveryKind() {
        List<JsonNode> rows = every(ALL + "?start_date=" + TODAY.minusDays(30) + "&end_date=" + TODAY);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150).allMatch(CdrsTest::recent);
        Set<String> customers = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (JsonNode r : rows) {
            customers.add(r.get("account_id").asString());
            kinds.add(r.get("call_direction").asString() + "/"
                    + r.get("hangup_cause").asString());
        }
        assertThat(customers).hasSizeGreaterThanOrEqualTo(20).noneMatch(id -> id.startsWith("MA_YYYY"));
        assertThat(kinds)
                .contains(
                        "inbound/NORMAL_CLEARING",
                        "outbound/NORMAL_CLEARING",
                        "inbound/NO_ANSWER",
                        "outbound/USER_BUSY",
                        "outbound/CALL_REJECTED");
        assertThat(rows.get(0).get("start_time").asString())
                .isGreaterThan(rows.get(rows.size() - 1).get("start_time").asString());
    }

    @Test
    void filtersAreAndedAndMatchTheStore() {
        String query = "?call_direction=outbound&status=answered&min_duration=60";
        List<JsonNode> rows = every(ALL + query);
        List<FakeCdr> expected = stored(j -> j.get("call_direction").asString().equals("outbound")
                && !j.path("answer_time").isNull()
                && j.get("duration").asLong() >= 60);
        assertThat(rows).hasSize(expected.size()).isNotEmpty();
        assertThat(rows.stream().map(r -> r.get("uuid").asString()))
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(FakeCdr::key).toList());

        List<JsonNode> busy = every(ALL + "?status=busy&call_direction=inbound");
        assertThat(busy)
                .isNotEmpty()
                .allMatch(r -> r.get("hangup_cause").asString().equals("USER_BUSY"))
                .allMatch(r -> r.get("call_direction").asString().equals("inbound"));
        assertThat(every(ALL + "?status=no_answer"))
                .isNotEmpty()
                .allMatch(r -> r.get("answer_time").isNull()
                        && r.get("hangup_cause").asString().equals("NO_ANSWER"));
        assertThat(every(ALL + "?status=failed&hangup_cause=call_rejected")).isNotEmpty();
        assertThat(every(ALL + "?status=answered&hangup_cause=USER_BUSY")).isEmpty();
    }

    @Test
    void datesAreInclusiveAndMinDurationIsInclusive() {
        JsonNode some = every(ALL).get(17);
        LocalDate d = day(some);
        List<JsonNode> thatDay = every(ALL + "?start_date=" + d + "&end_date=" + d);
        assertThat(thatDay).allMatch(r -> day(r).equals(d));
        assertThat(thatDay).hasSize(stored(j -> day(j).equals(d)).size());
        assertThat(thatDay.stream().map(r -> r.get("uuid").asString()))
                .contains(some.get("uuid").asString());
        assertThat(every(ALL + "?start_date=" + d.plusDays(1) + "&end_date=" + d.plusDays(1)))
                .noneMatch(r -> r.get("uuid").equals(some.get("uuid")));

        long duration = some.get("duration").asLong();
        String mine = customerPath(some.get("account_id").asString());
        assertThat(every(mine + "?min_duration=" + duration))
                .anyMatch(r -> r.get("uuid").equals(some.get("uuid")));
        assertThat(every(mine + "?min_duration=" + (duration + 1)))
                .noneMatch(r -> r.get("uuid").equals(some.get("uuid")))
                .allMatch(r -> r.get("duration").asLong() > duration);
    }

    @Test
    void aCustomersListHasTheDocumentedEnvelopeAndASummaryOfEveryMatchingRow() {
        String customer = DemoData.customerAuthId(8);
        JsonNode body = ok(customerPath(customer) + "?per_page=5");
        assertThat(FakeServerHttpTest.fieldNames(body))
                .containsExactly("success", "account_id", "account_auth_id", "count", "data", "pagination", "summary");
        assertThat(body.get("account_auth_id").asString()).isEqualTo(customer);
        List<FakeCdr> mine = fake.server().state().children(FakeCdr.KIND, customer);
        JsonNode pagination = body.get("pagination");
        assertThat(pagination.get("total").asInt()).isEqualTo(mine.size()).isGreaterThan(5);
        assertThat(pagination.get("pages").asInt()).isEqualTo((mine.size() + 4) / 5);
        assertThat(pagination.get("has_prev").asBoolean()).isFalse();
        assertThat(body.get("count").asInt()).isEqualTo(5);
        JsonNode summary = body.get("summary");
        assertThat(summary.get("totalCalls").asInt()).isEqualTo(mine.size());
        assertThat(summary.get("answeredCalls").asLong())
                .isEqualTo(mine.stream().filter(FakeCdr::answered).count());
        assertThat(summary.get("total_cost").decimalValue())
                .isEqualByComparingTo(mine.stream().map(FakeCdr::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(summary.get("total_duration_seconds").asLong())
                .isEqualTo(mine.stream().mapToLong(FakeCdr::duration).sum());
        assertThat(summary.get("avgCallDuration").asString()).matches("\\d+s");
        assertThat(every(customerPath(customer)))
                .allMatch(r -> r.get("account_id").asString().equals(customer));
    }

    @Test
    void oneCdrIsTheBareRowOfItsCustomerOnly() {
        JsonNode row = every(customerPath(DemoData.ACCOUNT_AUTH_ID)).get(0);
        String uuid = row.get("uuid").asString();
        assertThat(ok(customerPath(DemoData.ACCOUNT_AUTH_ID) + "/" + uuid)).isEqualTo(row);
        assertThat(send(partner(fake.server(), customerPath(DemoData.customerAuthId(2)) + "/" + uuid))
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(partner(fake.server(), customerPath(DemoData.ACCOUNT_AUTH_ID) + "/no-such-uuid"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherPartnersCustomerIsNotFoundAndTheirCallsAreNeverListed() {
        String theirs = DemoData.secondPartnerCustomerAuthId(1);
        HttpResponse<String> r = send(partner(fake.server(), customerPath(theirs)));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
        String theirUuid =
                fake.server().state().children(FakeCdr.KIND, theirs).get(0).key();
        assertThat(send(partner(fake.server(), customerPath(theirs) + "/" + theirUuid))
                        .statusCode())
                .isEqualTo(404);
        List<JsonNode> second = new ArrayList<>();
        JsonNode page = json(send(get(
                fake.server(),
                ALL + "?per_page=100",
                DemoData.SECOND_PARTNER_AUTH_ID,
                DemoData.SECOND_PARTNER_AUTH_TOKEN)));
        page.get("data").forEach(second::add);
        assertThat(second)
                .isNotEmpty()
                .allMatch(x -> x.get("account_id").asString().startsWith("MA_YYYY"));
    }

    @Test
    void withoutCanViewCdrsEveryCdrCallIs403() {
        fake.server()
                .state()
                .updatePartner(
                        DemoData.PARTNER_AUTH_ID,
                        p -> p.newBuilder()
                                .field(
                                        FakePartner.CAN_VIEW_CDRS,
                                        Json.MAPPER.getNodeFactory().booleanNode(false))
                                .build());
        String uuid = fake.server()
                .state()
                .children(FakeCdr.KIND, DemoData.ACCOUNT_AUTH_ID)
                .get(0)
                .key();
        for (String path : List.of(
                ALL, customerPath(DemoData.ACCOUNT_AUTH_ID), customerPath(DemoData.ACCOUNT_AUTH_ID) + "/" + uuid)) {
            HttpResponse<String> r = send(partner(fake.server(), path));
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(json(r).get("error").get("code").asString()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anOversizedPageOrABadFilterIsTheDocumentedValidationError() {
        HttpResponse<String> r = send(partner(fake.server(), ALL + "?per_page=101"));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = json(r);
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("error").get("code").asString()).isEqualTo("VALIDATION_ERROR");
        JsonNode e = body.get("error").get("details").get("errors").get(0);
        assertThat(e.get("field").asString()).isEqualTo("per_page");
        assertThat(e.get("code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(e.get("value").asInt()).isEqualTo(101);
        assertThat(send(partner(fake.server(), ALL + "?per_page=100")).statusCode())
                .isEqualTo(200);
        for (String bad : List.of(
                "start_date=2026-13-01",
                "call_direction=sideways",
                "status=no-answer",
                "min_duration=abc",
                "start_date=2026-05-02&end_date=2026-05-01")) {
            HttpResponse<String> x = send(partner(fake.server(), customerPath(DemoData.ACCOUNT_AUTH_ID) + "?" + bad));
            assertThat(x.statusCode()).as(bad).isEqualTo(422);
        }
    }
}
