package ai.vobiz.error;

/** HTTP 401: the credentials are missing, wrong or expired (or the path's casing is wrong). */
public final class AuthenticationException extends ApiException {
    public AuthenticationException(ApiError error) {
        super(error);
    }

    public AuthenticationException(ApiError error, String message) {
        super(error, message);
    }
}
