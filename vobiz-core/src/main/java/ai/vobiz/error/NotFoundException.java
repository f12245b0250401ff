package ai.vobiz.error;

/** HTTP 404: no such resource or path. */
public final class NotFoundException extends ApiException {
    public NotFoundException(ApiError error) {
        super(error);
    }

    public NotFoundException(ApiError error, String message) {
        super(error, message);
    }
}
