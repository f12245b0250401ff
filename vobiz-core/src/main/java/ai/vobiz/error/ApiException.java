package ai.vobiz.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Vobiz answered with an error status. The subtype says which class of error; the accessors carry what the body said,
 * whichever documented shape it used.
 */
public abstract sealed class ApiException extends VobizException
        permits InvalidRequestException,
                AuthenticationException,
                PaymentRequiredException,
                PermissionException,
                NotFoundException,
                ConflictException,
                RateLimitException,
                ServerException,
                UnexpectedStatusException {

    private final ApiError error;

    protected ApiException(ApiError error, String message) {
        super(message);
        this.error = error;
    }

    protected ApiException(ApiError error) {
        this(error, defaultMessage(error));
    }

    static String defaultMessage(ApiError e) {
        return e.summary();
    }

    /** Everything the error response said. */
    public ApiError error() {
        return error;
    }

    public int status() {
        return error.status();
    }

    /** The API's error code, or null when the body had none. */
    public @Nullable String code() {
        return error.code();
    }

    /** The API's message, without the status prefix of {@link #getMessage()}. */
    public String apiMessage() {
        return error.message();
    }

    public @Nullable String requestId() {
        return error.requestId();
    }

    public @Nullable JsonNode details() {
        return error.details();
    }

    /** The start of the body, truncated and with secrets redacted. */
    public String bodySnippet() {
        return error.bodySnippet();
    }

    /** The response headers, in order, names as the server sent them. */
    public Map<String, List<String>> headers() {
        return error.headers();
    }

    /** The first value of a response header, its name compared ignoring case. */
    public Optional<String> header(String name) {
        return error.header(name);
    }
}
