package ai.vobiz.testkit.server;

import ai.vobiz.testkit.internal.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.node.ObjectNode;

/** The error bodies the fake sends, in documented shapes (docs/api-digest.md §1.4). */
public final class ErrorBodies {
    private static final DateTimeFormatter MILLIS_Z =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ErrorBodies() {}

    /** {@code {"error":"unauthorized","message":"invalid credentials"}}, as {@code GET /auth/me} documents. */
    public static FakeResponse unauthorized() {
        ObjectNode body = Json.object();
        body.put("error", "unauthorized");
        body.put("message", "invalid credentials");
        return FakeResponse.json(401, body);
    }

    /**
     * The standard envelope {@code {"status":"error","error":{"code":…,"message":…},"timestamp":…,"requestId":…}}.
     */
    public static FakeResponse envelope(int status, String code, String message, String requestId) {
        ObjectNode body = Json.object();
        body.put("status", "error");
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        body.put("timestamp", MILLIS_Z.format(Instant.now()));
        body.put("requestId", requestId);
        return FakeResponse.json(status, body);
    }

    /** The envelope with a code named after the status (e.g. 503 → {@code SERVICE_UNAVAILABLE}). */
    public static FakeResponse forStatus(int status, String requestId) {
        return envelope(status, codeFor(status), messageFor(status), requestId);
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
