package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.state.FakeCdr;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner's dashboard and analytics (partner credentials; public Vobiz docs, partner API, "dashboard" page;
 * docs/api-digest.md §3.3, §3.4), computed from the store when asked, never canned:
 *
 * <ul>
 *   <li>{@code partner}: the profile with {@code balance} null (as documented: use {@code total_balance});
 *   <li>{@code period}: {@link Endpoints#PARTNER_DASHBOARD} the 30 days before today (by the fake's clock, UTC) to
 *       today; {@link Endpoints#PARTNER_ANALYTICS} {@code from_date} (default 30 days ago) to {@code to_date}
 *       (default today), both inclusive; a date that does not parse, or a {@code to_date} before {@code from_date},
 *       is a 422;
 *   <li>{@code accounts}: the partner's customers, how many are {@code is_active}, and each in brief;
 *   <li>{@code total_balance}: the sum of their {@code cash_credits}, a 5-decimal string;
 *   <li>{@code calls}, {@code traffic}, {@code by_product}, {@code time_series}: their CDRs whose {@code start_time}
 *       falls in the period: counts, answered counts, billed minutes (to one decimal; whole minutes for
 *       {@code sip_trunking}, as documented) and cost (a 2-decimal string); days without calls are left out.
 * </ul>
 */
public final class DashboardRoutes {
    static final String FROM_DATE = "from_date";
    static final String TO_DATE = "to_date";
    private static final int DEFAULT_DAYS = 30;

    private DashboardRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.PARTNER_DASHBOARD, Access.PARTNER, call -> dashboard(state, call, false)),
                Route.of(Endpoints.PARTNER_ANALYTICS, Access.PARTNER, call -> dashboard(state, call, true)));
    }

    static FakeResponse dashboard(FakeState state, Route.Call call, boolean window) {
        LocalDate today = state.now().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = today.minusDays(DEFAULT_DAYS);
        LocalDate to = today;
        if (window) {
            List<ErrorBodies.FieldError> errors = new ArrayList<>();
            from = date(call.request(), FROM_DATE, from, errors);
            to = date(call.request(), TO_DATE, to, errors);
            if (errors.isEmpty() && to.isBefore(from)) {
                errors.add(CdrFilter.error(TO_DATE, "Must not be before " + FROM_DATE, "OUT_OF_RANGE", to.toString()));
            }
            if (!errors.isEmpty()) {
                return ErrorBodies.validation(errors, call);
            }
        }
        LocalDate first = from;
        LocalDate last = to;
        return state.read(v -> v.get(FakePartner.KIND, call.caller().authId())
                .map(p -> FakeResponse.json(200, compute(v, p, first, last)))
                .orElseGet(ErrorBodies::unauthorized));
    }

    private static LocalDate date(
            FakeRequest request, String name, LocalDate dflt, List<ErrorBodies.FieldError> errors) {
        String given = request.queryParam(name);
        if (given == null || given.isBlank()) {
            return dflt;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            errors.add(CdrFilter.error(name, "Must be a date YYYY-MM-DD", "INVALID_FORMAT", given));
            return dflt;
        }
    }

    static ObjectNode compute(FakeState.View v, FakePartner partner, LocalDate from, LocalDate to) {
        ObjectNode out = Json.object();
        ObjectNode profile = partner.json();
        profile.putNull(Fields.BALANCE);
        profile.remove(Fields.CURRENCY);
        out.set("partner", profile);
        ObjectNode period = out.putObject("period");
        period.put("from", from.toString());
        period.put("to", to.toString());

        List<FakeCustomer> customers = v.children(FakeCustomer.KIND, partner.authId());
        ObjectNode accounts = out.putObject("accounts");
        accounts.put("total", customers.size());
        accounts.put(
                "active", customers.stream().filter(DashboardRoutes::active).count());
        ArrayNode brief = accounts.putArray("customers");
        BigDecimal wallets = BigDecimal.ZERO;
        Tally all = new Tally();
        Tally inbound = new Tally();
        Tally outbound = new Tally();
        Tally sip = new Tally();
        Tally voice = new Tally();
        Map<LocalDate, Tally[]> days = new TreeMap<>();
        for (FakeCustomer c : customers) {
            ObjectNode row = FakeState.render(c);
            ObjectNode b = brief.addObject();
            for (String f : new String[] {Fields.AUTH_ID, Fields.NAME, Fields.EMAIL, "phone", "is_active"}) {
                b.set(f, row.path(f).isMissingNode() ? b.nullNode() : row.get(f));
            }
            b.set(
                    Fields.CREATED_AT,
                    row.path(Fields.CREATED_AT).isMissingNode() ? b.nullNode() : row.get(Fields.CREATED_AT));
            wallets = wallets.add(c.cashCredits());
            for (FakeCdr cdr : v.children(FakeCdr.KIND, c.authId())) {
                LocalDate day = cdr.startTime().atZone(ZoneOffset.UTC).toLocalDate();
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                boolean in = "inbound".equals(cdr.direction());
                all.add(cdr);
                (in ? inbound : outbound).add(cdr);
                (cdr.sipTrunking() ? sip : voice).add(cdr);
                Tally[] t = days.computeIfAbsent(day, d -> new Tally[] {new Tally(), new Tally(), new Tally()});
                t[0].add(cdr);
                t[in ? 1 : 2].add(cdr);
            }
        }
        out.put("total_balance", Decimals.fiveDecimals(wallets));
        out.put(Fields.CURRENCY, partner.currency());
        all.write(out.putObject("calls"), true, false);
        ObjectNode traffic = out.putObject("traffic");
        inbound.write(traffic.putObject("inbound"), true, false);
        outbound.write(traffic.putObject("outbound"), true, false);
        ObjectNode products = out.putObject("by_product");
        sip.write(products.putObject("sip_trunking"), true, true);
        voice.write(products.putObject("voice_api"), true, false);
        ArrayNode series = out.putArray("time_series");
        days.forEach((day, t) -> {
            ObjectNode d = series.addObject();
            d.put("date", day.toString());
            t[0].write(d, true, false);
            t[1].write(d.putObject("inbound"), false, false);
            t[2].write(d.putObject("outbound"), false, false);
        });
        return out;
    }

    private static boolean active(FakeCustomer c) {
        return FakeState.render(c).path("is_active").asBoolean(false);
    }

    /** Counts and sums of some calls. */
    private static final class Tally {
        private long calls;
        private long answered;
        private long billsec;
        private BigDecimal cost = BigDecimal.ZERO;

        void add(FakeCdr cdr) {
            calls++;
            answered += cdr.answered() ? 1 : 0;
            billsec += cdr.billsec();
            cost = cost.add(cdr.totalCost());
        }

        void write(ObjectNode out, boolean withCost, boolean wholeMinutes) {
            out.put("total_calls", calls);
            out.put("answered_calls", answered);
            BigDecimal minutes = BigDecimal.valueOf(billsec).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            if (wholeMinutes) {
                out.put(
                        "total_minutes",
                        minutes.setScale(0, RoundingMode.HALF_UP).longValueExact());
            } else {
                out.put("total_minutes", minutes);
            }
            if (withCost) {
                out.put("total_cost", cost.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
    }
}
