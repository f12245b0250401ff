package ai.vobiz.error;

/** HTTP 403: the credentials are valid but may not do this (wrong account kind, capability off, another account's resource). */
public final class PermissionException extends ApiException {
    public PermissionException(ApiError error) {
        super(error);
    }

    public PermissionException(ApiError error, String message) {
        super(error, message);
    }
}
