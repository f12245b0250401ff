package ai.vobiz.error;

/** HTTP 409: the request conflicts with the resource's current state. */
public final class ConflictException extends ApiException {
    public ConflictException(ApiError error) {
        super(error);
    }

    public ConflictException(ApiError error, String message) {
        super(error, message);
    }
}
