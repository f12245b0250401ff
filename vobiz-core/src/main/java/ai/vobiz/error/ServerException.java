package ai.vobiz.error;

/** HTTP 5xx: Vobiz failed. For a non-idempotent request the outcome is unknown: check state before repeating it. */
public final class ServerException extends ApiException {
    public ServerException(ApiError error) {
        super(error);
    }

    public ServerException(ApiError error, String message) {
        super(error, message);
    }
}
