package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Paging;
import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import ai.vobiz.testkit.state.FakeCdr;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Call detail records of a partner's customers (partner credentials; public Vobiz docs, partner API, "CDRs" page;
 * docs/api-digest.md §3.12–§3.14):
 *
 * <ul>
 *   <li>{@link Endpoints#LIST_CUSTOMER_CDRS}: one customer's rows, newest first ({@code start_time}, then
 *       {@code uuid}), filtered ({@link CdrFilter}) and paged as {@link Paging#CDRS} says, in the documented envelope
 *       {@code {success, account_id, account_auth_id, count, data, pagination, summary}}; the summary covers every
 *       matching row.
 *   <li>{@link Endpoints#LIST_PARTNER_CDRS}: the same over all the partner's customers (no {@code account_id}s).
 *   <li>{@link Endpoints#GET_CUSTOMER_CDR}: the bare row with that {@code uuid}, if it is the customer's.
 * </ul>
 *
 * Checked in this order: the partner's {@code can_view_cdrs} false → 403; no such customer or another partner's →
 * 404 (the same answer for both); paging or filter values that do not parse → 422 ({@code VALIDATION_ERROR}); an
 * unknown uuid → 404.
 */
public final class CdrRoutes {
    private static final String HAS_PREV = "has_prev";
    private static final Comparator<FakeCdr> NEWEST_FIRST =
            Comparator.comparing(FakeCdr::startTime).reversed().thenComparing(FakeCdr::key);

    private CdrRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.LIST_CUSTOMER_CDRS, Access.PARTNER, call -> listForCustomer(state, call)),
                Route.of(Endpoints.GET_CUSTOMER_CDR, Access.PARTNER, call -> get(state, call)),
                Route.of(Endpoints.LIST_PARTNER_CDRS, Access.PARTNER, call -> listAll(state, call)));
    }

    static FakeResponse listForCustomer(FakeState state, Route.Call call) {
        String customer =
                call.pathParams().get(Endpoints.LIST_CUSTOMER_CDRS.pathParams().get(0));
        return state.read(v -> gate(v, call, customer, () -> list(call, customer, v.children(FakeCdr.KIND, customer))));
    }

    static FakeResponse listAll(FakeState state, Route.Call call) {
        return state.read(v -> gate(v, call, null, () -> {
            List<FakeCdr> rows = new ArrayList<>();
            v.children(FakeCustomer.KIND, call.caller().authId())
                    .forEach(c -> rows.addAll(v.children(FakeCdr.KIND, c.authId())));
            return list(call, null, rows);
        }));
    }

    static FakeResponse get(FakeState state, Route.Call call) {
        List<String> names = Endpoints.GET_CUSTOMER_CDR.pathParams();
        String customer = call.pathParams().get(names.get(0));
        String uuid = call.pathParams().get(names.get(1));
        return state.read(v -> gate(
                v,
                call,
                customer,
                () -> v.get(FakeCdr.KIND, uuid)
                        .filter(cdr -> cdr.accountId().equals(customer))
                        .map(cdr -> FakeResponse.json(200, FakeState.wire(cdr)))
                        .orElseGet(() -> ErrorBodies.envelope(404, "NOT_FOUND", "CDR " + uuid + " not found", call))));
    }

    /** The 403 of a partner without {@code can_view_cdrs}, and the 404 of a customer that is not the caller's. */
    private static FakeResponse gate(
            FakeState.View v,
            Route.Call call,
            @Nullable String customer,
            java.util.function.Supplier<FakeResponse> then) {
        Optional<FakePartner> partner = v.get(FakePartner.KIND, call.caller().authId());
        if (partner.isEmpty()) {
            return ErrorBodies.unauthorized();
        }
        if (!partner.get().canViewCdrs()) {
            return ErrorBodies.envelope(403, "FORBIDDEN", "CDR access is not enabled for this partner", call);
        }
        if (customer != null
                && v.get(FakeCustomer.KIND, customer)
                        .filter(c -> c.partnerAuthId().equals(call.caller().authId()))
                        .isEmpty()) {
            return ErrorBodies.envelope(404, "NOT_FOUND", "Customer " + customer + " not found", call);
        }
        return then.get();
    }

    private static FakeResponse list(Route.Call call, @Nullable String customer, List<FakeCdr> rows) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_PARTNER_CDRS.paging());
        Pages.Request page = Pages.parse(call.request(), paging);
        List<ErrorBodies.FieldError> errors = new ArrayList<>(page.errors());
        CdrFilter filter = CdrFilter.parse(call.request(), errors);
        if (!errors.isEmpty()) {
            return ErrorBodies.validation(errors, call);
        }
        List<FakeCdr> matching =
                rows.stream().filter(filter::test).sorted(NEWEST_FIRST).toList();
        return FakeResponse.json(200, envelope(paging, page, customer, matching, FakeState::render));
    }

    private static ObjectNode envelope(
            Paging paging,
            Pages.Request page,
            @Nullable String customer,
            List<FakeCdr> all,
            Function<FakeCdr, ObjectNode> render) {
        ObjectNode out = Json.object();
        out.put("success", true);
        if (customer != null) {
            out.put(Fields.ACCOUNT_ID, customer);
            out.put("account_auth_id", customer);
        }
        List<FakeCdr> slice = page.slice(all);
        out.put("count", slice.size());
        ArrayNode data = out.putArray(paging.itemsField());
        slice.forEach(r -> data.add(render.apply(r)));
        long pages = (all.size() + (long) page.size() - 1) / page.size();
        ObjectNode facts = out.putObject(Objects.requireNonNull(paging.within()));
        facts.put(Objects.requireNonNull(paging.pageField()), page.page());
        facts.put(Objects.requireNonNull(paging.sizeField()), page.size());
        facts.put(Objects.requireNonNull(paging.totalField()), all.size());
        facts.put(Objects.requireNonNull(paging.pagesField()), pages);
        facts.put(Objects.requireNonNull(paging.hasNextField()), page.page() < pages);
        facts.put(HAS_PREV, page.page() > 1);
        out.set("summary", summary(all));
        return out;
    }

    /**
     * The documented summary over every matching row, camelCase and snake_case mixed as documented: the answer rate
     * in percent to one decimal, the mean {@code duration} in whole seconds as {@code "28s"}, the newest
     * {@code start_time}, and the sums.
     */
    static ObjectNode summary(List<FakeCdr> rows) {
        long answered = rows.stream().filter(FakeCdr::answered).count();
        long duration = rows.stream().mapToLong(FakeCdr::duration).sum();
        long billable = rows.stream().mapToLong(FakeCdr::billsec).sum();
        BigDecimal cost = rows.stream().map(FakeCdr::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        ObjectNode s = Json.object();
        s.put(
                "answerRate",
                rows.isEmpty()
                        ? BigDecimal.ZERO
                        : BigDecimal.valueOf(answered * 100L)
                                .divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP));
        s.put("answeredCalls", answered);
        s.put("avgCallDuration", (rows.isEmpty() ? 0 : Math.round((double) duration / rows.size())) + "s");
        Optional<FakeCdr> last = rows.stream().max(Comparator.comparing(FakeCdr::startTime));
        if (last.isPresent()) {
            s.put("last_call_at", Timestamps.seconds(last.get().startTime()));
        } else {
            s.putNull("last_call_at");
        }
        s.put("totalCalls", rows.size());
        s.put("total_billable_seconds", billable);
        s.put("total_cost", Decimals.wire(cost));
        s.put("total_duration_seconds", duration);
        return s;
    }
}
