package ai.vobiz.error;

/** Any other non-2xx status (for example a 3xx redirect, which the SDK never follows, or 405). */
public final class UnexpectedStatusException extends ApiException {
    public UnexpectedStatusException(ApiError error) {
        super(error);
    }

    public UnexpectedStatusException(ApiError error, String message) {
        super(error, message);
    }
}
