package ai.vobiz.error;

import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response whose body the SDK could not read as the expected type: malformed JSON, or a field of a
 * type that cannot be converted without loss. Names the field (a JSON path such as {@code pricing_tier.currency})
 * and carries a short, redacted snippet of the body.
 */
public final class DecodingException extends VobizException {
    private final String targetType;
    private final @Nullable String field;
    private final String snippet;

    public DecodingException(
            String targetType, @Nullable String field, String reason, String snippet, Throwable cause) {
        super(message(targetType, field, reason, snippet), cause);
        this.targetType = targetType;
        this.field = field;
        this.snippet = snippet;
    }

    public DecodingException(String targetType, @Nullable String field, String reason, String snippet) {
        this(targetType, field, reason, snippet, null);
    }

    private static String message(String type, @Nullable String field, String reason, String snippet) {
        return "cannot decode " + type + (field == null ? "" : " field '" + field + "'") + ": " + reason
                + (snippet.isEmpty() ? "" : " (body starts: " + snippet + ")");
    }

    /** The type being decoded, such as {@code Account}. */
    public String targetType() {
        return targetType;
    }

    /** JSON path of the offending field, or null when the body as a whole is unreadable. */
    public @Nullable String field() {
        return field;
    }

    /** The start of the body, truncated and with secrets redacted. */
    public String snippet() {
        return snippet;
    }
}
