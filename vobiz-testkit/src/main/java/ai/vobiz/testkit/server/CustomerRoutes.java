package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Paging;
import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import ai.vobiz.testkit.state.BalanceTransfers;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's customers (partner credentials), as the public Vobiz docs describe them (partner API, "customers" and
 * "balance" pages):
 *
 * <ul>
 *   <li>{@link Endpoints#LIST_CUSTOMERS}: the caller's own customers, newest first ({@code created_at}, then auth ID),
 *       filtered by {@code search} (a case-insensitive substring of the name or the email), paged as
 *       {@link Paging#PARTNER_CUSTOMERS} says; {@code {accounts, total, page, size}} with each row as documented.
 *   <li>{@link Endpoints#TRANSFER_BALANCE}: {@link BalanceTransfers#transfer} with the body's {@code amount} (a JSON
 *       number or a numeric string, read exactly), {@code currency} and optional {@code description}.
 * </ul>
 */
public final class CustomerRoutes {
    /** The list's free-text filter. */
    static final String SEARCH = "search";

    private static final Comparator<FakeCustomer> NEWEST_FIRST =
            Comparator.comparing(FakeCustomer::createdAt).reversed().thenComparing(FakeCustomer::authId);

    private CustomerRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.LIST_CUSTOMERS, Access.PARTNER, call -> list(state, call)),
                Route.of(Endpoints.TRANSFER_BALANCE, Access.PARTNER, call -> transfer(state, call)));
    }

    static FakeResponse list(FakeState state, Route.Call call) {
        Paging paging = Objects.requireNonNull(Endpoints.LIST_CUSTOMERS.paging());
        Pages.Request page = Pages.parse(call.request(), paging);
        if (!page.errors().isEmpty()) {
            return ErrorBodies.validation(page.errors(), call);
        }
        String search = call.request().queryParam(SEARCH);
        String needle = search == null ? "" : search.toLowerCase(Locale.ROOT);
        List<FakeCustomer> matching = state
                .children(FakeCustomer.KIND, call.caller().authId())
                .stream()
                .filter(c -> needle.isEmpty()
                        || c.name().toLowerCase(Locale.ROOT).contains(needle)
                        || c.email().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(NEWEST_FIRST)
                .toList();
        return FakeResponse.json(200, Pages.envelope(paging, page, matching, FakeState::render));
    }

    static FakeResponse transfer(FakeState state, Route.Call call) {
        ObjectNode body;
        try {
            JsonNode parsed = Json.EXACT.readTree(call.request().body());
            if (!(parsed instanceof ObjectNode obj)) {
                return badRequest("The request body must be a JSON object", call);
            }
            body = obj;
        } catch (JacksonException e) {
            return badRequest("The request body is not valid JSON: " + e.getOriginalMessage(), call);
        }
        BigDecimal amount;
        try {
            amount = Decimals.parse(body.path(Fields.AMOUNT), Fields.AMOUNT);
        } catch (IllegalArgumentException e) {
            return badRequest("amount is required and must be a number", call);
        }
        JsonNode currency = body.path(Fields.CURRENCY);
        if (!currency.isString() || currency.asString().isBlank()) {
            return badRequest("currency is required and must be a string", call);
        }
        JsonNode description = body.path(Fields.DESCRIPTION);
        if (!description.isMissingNode() && !description.isNull() && !description.isString()) {
            return badRequest("description must be a string", call);
        }
        String customer =
                call.pathParams().get(Endpoints.TRANSFER_BALANCE.pathParams().get(0));
        BalanceTransfers.Result result = BalanceTransfers.transfer(
                state,
                call.caller().authId(),
                customer,
                amount,
                currency.asString(),
                description.isString() ? description.asString() : null);
        if (result instanceof BalanceTransfers.Completed done) {
            return FakeResponse.json(200, completed(done));
        }
        BalanceTransfers.Refused refused = (BalanceTransfers.Refused) result;
        return switch (refused.refusal()) {
            case NOT_PERMITTED -> ErrorBodies.envelope(403, "FORBIDDEN", refused.message(), call);
            case UNKNOWN_CUSTOMER -> ErrorBodies.envelope(404, "NOT_FOUND", refused.message(), call);
            case INVALID_AMOUNT, CURRENCY_MISMATCH -> badRequest(refused.message(), call);
            case INSUFFICIENT_BALANCE -> {
                var partner = Objects.requireNonNull(refused.partner());
                yield ErrorBodies.insufficientBalance(refused.message(), partner.balance(), amount, partner.currency());
            }
        };
    }

    /** The documented response: ids, the exact amount, and both balances after, as JSON numbers. */
    private static ObjectNode completed(BalanceTransfers.Completed done) {
        ObjectNode out = Json.object();
        out.put(Fields.TRANSACTION_ID, done.transactionId());
        out.put("from_account", done.partner().authId());
        out.put("to_account", done.customer().authId());
        out.put(Fields.AMOUNT, Decimals.wire(done.amount()));
        out.put(Fields.CURRENCY, done.partner().currency());
        out.put(Fields.DESCRIPTION, done.description());
        out.put(Fields.STATUS, "completed");
        out.put("partner_balance_after", Decimals.wire(done.partner().balance()));
        out.put("customer_balance_after", Decimals.wire(done.customer().cashCredits()));
        out.put("timestamp", Timestamps.seconds(done.at()));
        return out;
    }

    private static FakeResponse badRequest(String message, Route.Call call) {
        return ErrorBodies.envelope(400, ErrorBodies.codeFor(400), message, call);
    }
}
