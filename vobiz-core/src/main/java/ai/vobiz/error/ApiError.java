package ai.vobiz.error;

import ai.vobiz.internal.Redaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an error response said, read from whichever of the documented error body shapes it used.
 *
 * @param status HTTP status
 * @param code the API's error code, such as {@code INSUFFICIENT_BALANCE} or {@code unauthorized}; null when absent
 * @param message the API's human-readable message, or a summary of the status when the body had none
 * @param requestId the request id from the body ({@code requestId}, {@code request_id}) or the
 *     {@code X-Request-Id} header; null when absent
 * @param details structured details ({@code details}, or extra fields such as {@code current_balance}); null when none
 * @param bodySnippet the start of the body, truncated and with secrets redacted
 * @param headers the response headers, in order, names as the server sent them (credential values redacted when
 *     printed); {@link #header(String)} looks one up ignoring case. A plain map, so that errors do not depend on the
 *     transport port's types.
 */
public record ApiError(
        int status,
        @Nullable String code,
        String message,
        @Nullable String requestId,
        @Nullable JsonNode details,
        String bodySnippet,
        Map<String, List<String>> headers) {

    public ApiError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(bodySnippet, "bodySnippet");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * The exception message: each fact once, as in {@code HTTP 409 CONFLICT: name taken (request id req_1)}. The code
     * is left out when it only repeats the status ({@code {"error":{"code":422,…}}}) or the message.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder().append("HTTP ").append(status);
        if (code != null
                && !code.isBlank()
                && !code.equals(Integer.toString(status))
                && !code.equalsIgnoreCase(message.strip())) {
            sb.append(' ').append(code);
        }
        sb.append(": ").append(message);
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /** The first value of a response header, its name compared ignoring case. */
    public Optional<String> header(String name) {
        Objects.requireNonNull(name, "name");
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** Every component, with secret values inside {@link #details()} and credential headers redacted. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** A minimal error, for tests and adapters. */
    public static ApiError of(int status, @Nullable String code, String message) {
        return new ApiError(status, code, message, null, null, "", Map.of());
    }
}
