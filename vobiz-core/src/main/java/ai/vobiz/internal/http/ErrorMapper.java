package ai.vobiz.internal.http;

import ai.vobiz.error.ApiError;
import ai.vobiz.error.ApiException;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.ConflictException;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PaymentRequiredException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.RateLimitException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.UnexpectedStatusException;
import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.json.JsonCodec;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a non-2xx response to the typed {@link ApiException}, reading whichever of the documented error body shapes
 * (docs/api-digest.md §1.4) it used:
 * <ol>
 *   <li>{@code {"status":"error","error":{"code":"X","message":…,"details":…},"requestId":…}}
 *   <li>{@code {"error":"unauthorized","message":…}} (plus extra fields such as {@code current_balance})
 *   <li>{@code {"error":{"code":401,"message":…}}}
 *   <li>{@code {"error":"accountID is required"}}
 *   <li>{@code {"error":"HTTPError","message":…,"status_code":409}} and the 422 {@code details[]} variant
 *   <li>{@code {"detail":…}}, {@code {"message":…}}, and non-JSON bodies (an HTML error page)
 * </ol>
 */
public final class ErrorMapper {
    private static final int SNIPPET = 200;
    private static final Set<String> ENVELOPE_FIELDS =
            Set.of("status", "error", "message", "code", "requestId", "request_id", "timestamp", "status_code");

    private static final Pattern WAIT_SECONDS = Pattern.compile(
            "\\b(?:wait|retry in|try again in)\\s+(\\d+)\\s*(?:seconds?|secs?)\\b", Pattern.CASE_INSENSITIVE);
    private static final double MAX_RETRY_AFTER_SECONDS = 1e9;

    private ErrorMapper() {}

    /**
     * @param hint appended to the message of a 401/403 (for example, that partner credentials are needed), or null
     * @param secrets literal secrets to redact from the snippet
     */
    public static ApiException toException(
            HttpResponse response, @Nullable String hint, Collection<String> secrets, Instant now) {
        ApiError error = read(response, secrets);
        int status = error.status();
        String message = error.summary();
        // Each fact once: a hint the API's own message already gives (partner credentials needed) is left out.
        if (hint != null && (status == 401 || status == 403) && !saysPartnerCredentials(error.message())) {
            message = message + ". " + hint;
        }
        if (status >= 300 && status < 400) {
            message = message
                    + response.headers()
                            .firstValue("Location")
                            .map(l -> ". Redirect to " + l + " not followed: the SDK never follows redirects")
                            .orElse(". Redirects are not followed");
        }
        return switch (status) {
            case 400, 422 -> new InvalidRequestException(error, message);
            case 401 -> new AuthenticationException(error, message);
            case 402 -> new PaymentRequiredException(error, message);
            case 403 -> new PermissionException(error, message);
            case 404 -> new NotFoundException(error, message);
            case 409 -> new ConflictException(error, message);
            case 429 -> new RateLimitException(error, retryAfter(response, error, now));
            default ->
                status >= 500 ? new ServerException(error, message) : new UnexpectedStatusException(error, message);
        };
    }

    private static boolean saysPartnerCredentials(String apiMessage) {
        return apiMessage.toLowerCase(Locale.ROOT).contains("partner credentials");
    }

    static ApiError read(HttpResponse response, Collection<String> secrets) {
        int status = response.status();
        String snippet = Redaction.snippet(response.body(), SNIPPET, secrets);
        String code = null;
        String message = null;
        String requestId = response.headers()
                .firstValue("X-Request-Id")
                .or(() -> response.headers().firstValue("Request-Id"))
                .orElse(null);
        JsonNode details = null;
        JsonNode root = parse(response.body());
        if (root != null && root.isObject()) {
            JsonNode err = root.get("error");
            if (err != null && err.isObject()) { // shapes 1 and 3
                code = text(err.get("code"));
                message = text(err.get("message"));
                details = nonNull(err.get("details"));
            } else if (err != null && err.isString()) { // shapes 2, 4, 5
                String e = err.stringValue();
                if (root.has("message") || isToken(e)) {
                    code = e;
                } else {
                    message = e;
                }
            }
            if (code == null) {
                code = text(root.get("code"));
            }
            if (message == null) {
                message = text(root.get("message"));
            }
            if (message == null) {
                JsonNode detail = root.get("detail");
                message = detail != null && detail.isString() ? detail.stringValue() : null;
            }
            if (details == null) {
                details = nonNull(root.get("details"));
            }
            if (details == null) {
                details = extraFields(root);
            }
            String bodyRequestId =
                    Optional.ofNullable(text(root.get("requestId"))).orElseGet(() -> text(root.get("request_id")));
            if (bodyRequestId != null) {
                requestId = bodyRequestId;
            }
        }
        if (message == null || message.isBlank()) {
            message = reasonPhrase(status) + (snippet.isEmpty() ? "" : " (body: " + snippet + ")");
        }
        message = Redaction.redact(message, secrets);
        return new ApiError(
                status,
                code,
                message,
                requestId,
                details,
                snippet,
                response.headers().toMap());
    }

    private static @Nullable Duration retryAfter(HttpResponse response, ApiError error, Instant now) {
        Optional<Duration> header =
                response.headers().firstValue("Retry-After").flatMap(v -> RetryPolicy.parseRetryAfter(v, now));
        if (header.isPresent()) {
            return header.get();
        }
        JsonNode details = error.details();
        if (details != null && details.isObject()) {
            JsonNode ra = details.get("retryAfter");
            if (ra != null && ra.isNumber() && ra.doubleValue() >= 0 && ra.doubleValue() < MAX_RETRY_AFTER_SECONDS) {
                return Duration.ofMillis((long) (ra.doubleValue() * 1000));
            }
        }
        // The KYC resend 429 carries the wait only in its message: "Please wait 1799 seconds before resending."
        Matcher m = WAIT_SECONDS.matcher(error.message());
        if (m.find() && m.group(1).length() < 10) {
            return Duration.ofSeconds(Long.parseLong(m.group(1)));
        }
        return null;
    }

    private static @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JsonCodec.MAPPER.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Fields beside the error envelope, such as {@code current_balance} on a transfer error. */
    private static @Nullable JsonNode extraFields(JsonNode root) {
        ObjectNode extra = JsonCodec.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!ENVELOPE_FIELDS.contains(e.getKey()) && !e.getKey().equals("detail")) {
                extra.set(e.getKey(), e.getValue());
            }
        }
        return extra.isEmpty() ? null : extra;
    }

    private static @Nullable JsonNode nonNull(@Nullable JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) {
            return null;
        }
        return n.asString();
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP status " + status;
        };
    }
}
