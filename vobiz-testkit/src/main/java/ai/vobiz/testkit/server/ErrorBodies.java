package ai.vobiz.testkit.server;

import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The error bodies the fake sends, in the shapes the public Vobiz docs give (errors page and endpoint pages; docs/api-digest.md §1.4). Their
 * timestamps come from the fake's clock.
 */
public final class ErrorBodies {
    private static final String ERROR = "error";
    private static final String MESSAGE = "message";
    private static final String CODE = "code";

    private ErrorBodies() {}

    /** {@code {"error":"unauthorized","message":"invalid credentials"}}, as {@code GET /auth/me} documents. */
    public static FakeResponse unauthorized() {
        ObjectNode body = Json.object();
        body.put(ERROR, "unauthorized");
        body.put(MESSAGE, "invalid credentials");
        return FakeResponse.json(401, body);
    }

    /**
     * 400 {@code {"error":"insufficient_balance","message":…,"current_balance":…,"requested_amount":…,"currency":…}},
     * as the transfer page documents (amounts as JSON numbers).
     */
    public static FakeResponse insufficientBalance(
            String message, BigDecimal currentBalance, BigDecimal requestedAmount, String currency) {
        ObjectNode body = Json.object();
        body.put(ERROR, "insufficient_balance");
        body.put(MESSAGE, message);
        body.put("current_balance", Decimals.wire(currentBalance));
        body.put("requested_amount", Decimals.wire(requestedAmount));
        body.put(Fields.CURRENCY, currency);
        return FakeResponse.json(400, body);
    }

    /**
     * The standard envelope {@code {"status":"error","error":{"code":…,"message":…},"timestamp":…,"requestId":…}}.
     */
    public static FakeResponse envelope(int status, String code, String message, String requestId, Instant at) {
        return FakeResponse.json(status, body(code, message, null, requestId, at));
    }

    /** The standard envelope for a routed call: its request id and arrival time. */
    public static FakeResponse envelope(int status, String code, String message, Route.Call call) {
        return envelope(status, code, message, call.requestId(), call.receivedAt());
    }

    /** The envelope with a code named after the status (e.g. 503 → {@code SERVICE_UNAVAILABLE}). */
    public static FakeResponse forStatus(int status, String requestId, Instant at) {
        return envelope(status, codeFor(status), messageFor(status), requestId, at);
    }

    /**
     * One failed check of a validation error.
     *
     * @param field the parameter or body field
     * @param message what is wrong
     * @param code {@code OUT_OF_RANGE}, {@code INVALID_FORMAT}, … as the errors page names them
     * @param value the value given
     */
    public record FieldError(String field, String message, String code, JsonNode value) {}

    /**
     * 422 {@code VALIDATION_ERROR} in the documented shape ({@code errors-validation-422.json}): the envelope with
     * {@code details.errors[]} of {@code {field, message, code, value}}.
     */
    public static FakeResponse validation(List<FieldError> errors, Route.Call call) {
        ObjectNode details = Json.object();
        ArrayNode list = details.putArray("errors");
        for (FieldError e : errors) {
            ObjectNode item = list.addObject();
            item.put("field", e.field());
            item.put(MESSAGE, e.message());
            item.put(CODE, e.code());
            item.set("value", e.value());
        }
        return FakeResponse.json(
                422, body(codeFor(422), "Request validation failed", details, call.requestId(), call.receivedAt()));
    }

    private static ObjectNode body(
            String code, String message, @Nullable ObjectNode details, String requestId, Instant at) {
        ObjectNode body = Json.object();
        body.put(Fields.STATUS, ERROR);
        ObjectNode error = body.putObject(ERROR);
        error.put(CODE, code);
        error.put(MESSAGE, message);
        if (details != null) {
            error.set("details", details);
        }
        body.put("timestamp", Timestamps.millis(at));
        body.put("requestId", requestId);
        return body;
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "INVALID_CREDENTIALS";
            case 402 -> "INSUFFICIENT_BALANCE";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 422 -> "VALIDATION_ERROR";
            case 429 -> "RATE_LIMIT_EXCEEDED";
            case 500 -> "INTERNAL_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "HTTP_" + status;
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 429 -> "Rate limit exceeded";
            case 500 -> "Internal server error";
            case 502 -> "Bad gateway";
            case 503 -> "Service temporarily unavailable";
            case 504 -> "Gateway timeout";
            default -> "HTTP " + status + " (injected by the fake server)";
        };
    }
}
