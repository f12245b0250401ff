package ai.vobiz.error;

import ai.vobiz.internal.Redaction;
import ai.vobiz.port.transport.HttpHeaders;
import java.util.Objects;
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
 * @param headers the response headers (credentials redacted when printed)
 */
public record ApiError(
        int status,
        @Nullable String code,
        String message,
        @Nullable String requestId,
        @Nullable JsonNode details,
        String bodySnippet,
        HttpHeaders headers) {

    public ApiError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(bodySnippet, "bodySnippet");
        Objects.requireNonNull(headers, "headers");
    }

    /** Every component, with secret values inside {@link #details()} redacted; headers print redacted. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** A minimal error, for tests and adapters. */
    public static ApiError of(int status, @Nullable String code, String message) {
        return new ApiError(status, code, message, null, null, "", HttpHeaders.empty());
    }
}
