package ai.vobiz.error;

/** HTTP 400 or 422: the request was malformed or failed validation; fix it before sending again. */
public final class InvalidRequestException extends ApiException {
    public InvalidRequestException(ApiError error) {
        super(error);
    }

    public InvalidRequestException(ApiError error, String message) {
        super(error, message);
    }
}
