package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Paging;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakeNumber;
import ai.vobiz.testkit.state.FakeState;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The numbers (DIDs) of a partner's customers, read-only (partner API, "numbers" page; docs/api-digest.md §3.15,
 * §3.16): {@link Endpoints#LIST_CUSTOMER_NUMBERS} one own customer's (another partner's: 404), {@code search} a
 * substring of the E.164 number; {@link Endpoints#LIST_PARTNER_NUMBERS} every own customer's. Ordered by number, paged
 * as {@link Paging#NUMBERS} says: {@code {items, page, per_page, total[, account_auth_id]}}.
 */
public final class NumberRoutes {
    private static final Comparator<FakeNumber> BY_NUMBER =
            Comparator.comparing(FakeNumber::e164).thenComparing(FakeNumber::key);

    private NumberRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.LIST_CUSTOMER_NUMBERS, Access.PARTNER, call -> customerNumbers(state, call)),
                Route.of(Endpoints.LIST_PARTNER_NUMBERS, Access.PARTNER, call -> allNumbers(state, call)));
    }

    static FakeResponse customerNumbers(FakeState state, Route.Call call) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_CUSTOMER_NUMBERS.paging());
        Pages.Request page = Pages.parse(call.request(), paging);
        String search = call.request().queryParam(CustomerRoutes.SEARCH);
        return state.read(v -> {
            Optional<FakeCustomer> customer = LedgerRoutes.ownCustomer(v, call, Endpoints.LIST_CUSTOMER_NUMBERS);
            if (customer.isEmpty()) {
                return LedgerRoutes.notFound(call, Endpoints.LIST_CUSTOMER_NUMBERS);
            }
            if (!page.errors().isEmpty()) {
                return ErrorBodies.validation(page.errors(), call);
            }
            List<FakeNumber> numbers = v
                    .children(FakeNumber.KIND, customer.get().authId())
                    .stream()
                    .filter(n -> search == null || n.e164().contains(search))
                    .sorted(BY_NUMBER)
                    .toList();
            return FakeResponse.json(
                    200, envelope(paging, page, numbers, customer.get().authId()));
        });
    }

    static FakeResponse allNumbers(FakeState state, Route.Call call) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_PARTNER_NUMBERS.paging());
        Pages.Request page = Pages.parse(call.request(), paging);
        if (!page.errors().isEmpty()) {
            return ErrorBodies.validation(page.errors(), call);
        }
        return state.read(v -> {
            List<FakeNumber> numbers = v
                    .children(FakeCustomer.KIND, call.caller().authId())
                    .stream()
                    .flatMap(c -> v.children(FakeNumber.KIND, c.authId()).stream())
                    .sorted(BY_NUMBER)
                    .toList();
            return FakeResponse.json(200, envelope(paging, page, numbers, null));
        });
    }

    /** {@code {items, page, per_page, total[, account_auth_id]}}, in the documented order. */
    private static ObjectNode envelope(
            Paging paging, Pages.Request page, List<FakeNumber> numbers, @Nullable String accountAuthId) {
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray(paging.itemsField());
        page.slice(numbers).forEach(n -> items.add(FakeState.render(n)));
        out.put(Objects.requireNonNull(paging.pageField()), page.page());
        out.put(Objects.requireNonNull(paging.sizeField()), page.size());
        out.put(Objects.requireNonNull(paging.totalField()), numbers.size());
        if (accountAuthId != null) {
            out.put(Fields.ACCOUNT_AUTH_ID, accountAuthId);
        }
        return out;
    }
}
