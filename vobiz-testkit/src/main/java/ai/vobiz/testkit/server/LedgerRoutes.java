package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Paging;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import ai.vobiz.testkit.state.FakeTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One customer, its wallet and its ledger, and the partner's global ledger (partner credentials), as the public Vobiz
 * docs describe them (partner API, "customers" and "transactions" pages; docs/api-digest.md §3.7, §3.8, §3.10,
 * §3.11). Only the caller's own customers: another partner's is a 404, the same answer as an unknown one.
 *
 * <ul>
 *   <li>{@link Endpoints#GET_CUSTOMER}: the stored row, as the list serves it ({@code auth_token} included).
 *   <li>{@link Endpoints#GET_CUSTOMER_BALANCE}: {@code {auth_id, name, cash_credits, currency, updated_at}}, the
 *       currency the partner's.
 *   <li>{@link Endpoints#LIST_CUSTOMER_TRANSACTIONS}: the customer's rows, {@link Endpoints#LIST_PARTNER_TRANSACTIONS}:
 *       the partner's own rows and all its customers' ({@code account} narrows to one), both filtered by
 *       {@link LedgerFilter}, newest first, paged as {@link Paging#PARTNER_LEDGER} says, with a {@code summary} over
 *       every matching row.
 * </ul>
 */
public final class LedgerRoutes {
    private LedgerRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.GET_CUSTOMER, Access.PARTNER, call -> customer(state, call)),
                Route.of(Endpoints.GET_CUSTOMER_BALANCE, Access.PARTNER, call -> balance(state, call)),
                Route.of(Endpoints.LIST_CUSTOMER_TRANSACTIONS, Access.PARTNER, call -> customerLedger(state, call)),
                Route.of(Endpoints.LIST_PARTNER_TRANSACTIONS, Access.PARTNER, call -> globalLedger(state, call)));
    }

    /** The caller's own customer named by the path, if it is one. */
    static Optional<FakeCustomer> ownCustomer(FakeState.View view, Route.Call call, Endpoint<?, ?> endpoint) {
        return ownCustomer(
                view, call, call.pathParams().get(endpoint.pathParams().get(0)));
    }

    private static Optional<FakeCustomer> ownCustomer(FakeState.View view, Route.Call call, String authId) {
        return view.get(FakeCustomer.KIND, authId)
                .filter(c -> c.partnerAuthId().equals(call.caller().authId()));
    }

    static FakeResponse notFound(Route.Call call, Endpoint<?, ?> endpoint) {
        return notFound(call, call.pathParams().get(endpoint.pathParams().get(0)));
    }

    private static FakeResponse notFound(Route.Call call, String authId) {
        return ErrorBodies.envelope(404, "NOT_FOUND", "Customer " + authId + " not found", call);
    }

    static FakeResponse customer(FakeState state, Route.Call call) {
        return state.read(v -> ownCustomer(v, call, Endpoints.GET_CUSTOMER))
                .map(c -> FakeResponse.json(200, FakeState.wire(c)))
                .orElseGet(() -> notFound(call, Endpoints.GET_CUSTOMER));
    }

    static FakeResponse balance(FakeState state, Route.Call call) {
        return state.read(v -> ownCustomer(v, call, Endpoints.GET_CUSTOMER_BALANCE)
                        .map(c -> {
                            ObjectNode row = FakeState.render(c);
                            ObjectNode out = Json.object();
                            out.put(Fields.AUTH_ID, c.authId());
                            out.put(Fields.NAME, c.name());
                            out.set(Fields.CASH_CREDITS, row.path(Fields.CASH_CREDITS));
                            out.put(
                                    Fields.CURRENCY,
                                    v.get(FakePartner.KIND, c.partnerAuthId())
                                            .map(FakePartner::currency)
                                            .orElse(FakePartner.DEFAULT_CURRENCY));
                            out.set(Fields.UPDATED_AT, row.path(Fields.UPDATED_AT));
                            return FakeResponse.json(200, out);
                        }))
                .orElseGet(() -> notFound(call, Endpoints.GET_CUSTOMER_BALANCE));
    }

    static FakeResponse customerLedger(FakeState state, Route.Call call) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_CUSTOMER_TRANSACTIONS.paging());
        List<ErrorBodies.FieldError> errors = new ArrayList<>();
        Pages.Request page = Pages.parse(call.request(), paging);
        errors.addAll(page.errors());
        LedgerFilter filter = LedgerFilter.parse(call.request(), errors);
        return state.read(v -> {
            Optional<FakeCustomer> customer = ownCustomer(v, call, Endpoints.LIST_CUSTOMER_TRANSACTIONS);
            if (customer.isEmpty()) {
                return notFound(call, Endpoints.LIST_CUSTOMER_TRANSACTIONS);
            }
            if (!errors.isEmpty()) {
                return ErrorBodies.validation(errors, call);
            }
            String name = customer.get().name();
            List<FakeTransaction> rows = v
                    .children(FakeTransaction.KIND, customer.get().authId())
                    .stream()
                    .filter(t -> filter.matches(t, id -> name))
                    .sorted(LedgerFilter.NEWEST_FIRST)
                    .toList();
            return FakeResponse.json(
                    200, envelope(paging, page, rows, customer.get().authId()));
        });
    }

    static FakeResponse globalLedger(FakeState state, Route.Call call) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_PARTNER_TRANSACTIONS.paging());
        List<ErrorBodies.FieldError> errors = new ArrayList<>();
        Pages.Request page = Pages.parse(call.request(), paging);
        errors.addAll(page.errors());
        LedgerFilter filter = LedgerFilter.parse(call.request(), errors);
        String account = call.request().queryParam(LedgerFilter.ACCOUNT);
        String partner = call.caller().authId();
        return state.read(v -> {
            if (!errors.isEmpty()) {
                return ErrorBodies.validation(errors, call);
            }
            Map<String, String> names = new HashMap<>();
            v.get(FakePartner.KIND, partner).ifPresent(p -> names.put(p.authId(), p.name()));
            v.children(FakeCustomer.KIND, partner).forEach(c -> names.put(c.authId(), c.name()));
            boolean oneAccount = account != null && !account.isEmpty();
            if (oneAccount && !names.containsKey(account)) {
                return notFound(call, account);
            }
            List<FakeTransaction> rows = names.keySet().stream()
                    .filter(id -> !oneAccount || id.equals(account))
                    .flatMap(id -> v.children(FakeTransaction.KIND, id).stream())
                    .filter(t -> filter.matches(t, names::get))
                    .sorted(LedgerFilter.NEWEST_FIRST)
                    .toList();
            return FakeResponse.json(200, envelope(paging, page, rows, null));
        });
    }

    /**
     * {@code {transactions, summary, total, page, per_page, total_pages[, account_auth_id]}}, in the documented order
     * ({@code partner-customer-transactions.json}).
     */
    static ObjectNode envelope(
            Paging paging, Pages.Request page, List<FakeTransaction> rows, @Nullable String accountAuthId) {
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray(paging.itemsField());
        page.slice(rows).forEach(t -> items.add(FakeState.render(t)));
        out.set("summary", summary(rows));
        out.put(Objects.requireNonNull(paging.totalField()), rows.size());
        out.put(Objects.requireNonNull(paging.pageField()), page.page());
        out.put(Objects.requireNonNull(paging.sizeField()), page.size());
        out.put(Objects.requireNonNull(paging.pagesField()), (rows.size() + page.size() - 1) / page.size());
        if (accountAuthId != null) {
            out.put(Fields.ACCOUNT_AUTH_ID, accountAuthId);
        }
        return out;
    }

    /**
     * Totals over every matching row. Rows carry no reference type, and the docs' example groups all of them under
     * {@code "unknown"}; so does the fake.
     */
    static ObjectNode summary(List<FakeTransaction> rows) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (FakeTransaction t : rows) {
            if (FakeTransaction.DEBIT.equals(t.type())) {
                debit = debit.add(t.amount());
            } else {
                credit = credit.add(t.amount());
            }
        }
        ObjectNode out = Json.object();
        out.put("total_transactions", rows.size());
        totals(out, debit, credit);
        out.put("net_amount", credit.subtract(debit));
        ArrayNode groups = out.putArray("by_reference_type");
        if (!rows.isEmpty()) {
            ObjectNode g = groups.addObject();
            g.put("reference_type", "unknown");
            totals(g, debit, credit);
            g.put("count", rows.size());
        }
        return out;
    }

    private static void totals(ObjectNode out, BigDecimal debit, BigDecimal credit) {
        out.put("total_debit", debit);
        out.put("total_credit", credit);
    }
}
