package ai.vobiz.error;

/**
 * A request the SDK refused to send because it breaks a documented rule (a non-positive amount, a currency that is not
 * a 3-letter code, a page size above the documented maximum, a missing path parameter). Thrown before anything
 * leaves the process, so no request was sent; {@link #field()} names the offending field by its wire name.
 */
public final class RequestValidationException extends VobizException {
    private final String field;

    public RequestValidationException(String field, String problem) {
        super("invalid request: '" + field + "' " + problem);
        this.field = field;
    }

    /** The field's wire name, such as {@code per_page} or {@code amount}. */
    public String field() {
        return field;
    }
}
