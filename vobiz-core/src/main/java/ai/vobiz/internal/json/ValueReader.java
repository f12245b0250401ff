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
    Object read(JsonParser p, JsonToken t, Source src);

    /**
     * What is being decoded: the body (for byte ranges and snippets) and the top-level type (for messages).
     *
     * @param body the whole response body
     * @param typeName the simple name of the type the body decodes to
     */
    record Source(byte[] body, String typeName) {
        /** A failure of the value being read; the containers it sits in add their segments of its path. */
        Failure fail(String reason) {
            return new Failure(reason);
        }

        DecodingException toException(Failure f) {
            return new DecodingException(typeName, f.path(), f.getMessage(), JsonCodec.snippet(body));
        }
    }

    /**
     * A value that cannot be read. Its JSON path is built on the way out, each enclosing object or array adding its
     * segment, so that decoding builds no path strings at all when nothing fails. No stack trace: it never leaves the
     * decoder (it becomes a {@link DecodingException}).
     */
    final class Failure extends RuntimeException {
        private @Nullable String path;

        Failure(String reason) {
            super(reason, null, false, false);
        }

        /** Adds the field name or {@code [index]} of the enclosing container in front of the path. */
        Failure within(String segment) {
            if (path == null) {
                path = segment;
            } else {
                path = segment + (path.startsWith("[") ? "" : ".") + path;
            }
            return this;
        }

        @Nullable
        String path() {
            return path;
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
