package ai.vobiz.internal.json;

import ai.vobiz.error.DecodingException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one JSON value, whose first token is current, into a Java value, and leaves the parser on the value's last
 * token. Never called for JSON null (a null is null for every reader). Implementations are immutable and shared.
 */
interface ValueReader {

    @Nullable
    Object read(JsonParser p, JsonToken t, Source src, String path);

    /**
     * What is being decoded: the body (for byte ranges and snippets) and the top-level type (for messages).
     *
     * @param body the whole response body
     * @param typeName the simple name of the type the body decodes to
     */
    record Source(byte[] body, String typeName) {
        DecodingException fail(String path, String reason) {
            return new DecodingException(typeName, path.isEmpty() ? null : path, reason, JsonCodec.snippet(body));
        }
    }

    static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "OBJECT";
            case START_ARRAY -> "ARRAY";
            case VALUE_STRING -> "STRING";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
            case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
            case VALUE_NULL -> "NULL";
            default -> t.name();
        };
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
