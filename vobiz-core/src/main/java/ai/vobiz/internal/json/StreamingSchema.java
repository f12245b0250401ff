package ai.vobiz.internal.json;

import ai.vobiz.domain.RawJson;
import ai.vobiz.error.DecodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Decodes a JSON object straight from the token stream into a model, field by field, with the API's leniency:
 * absent and null are both null; decimals from numbers or strings with their scale kept; integers from integral
 * numbers or numeric strings; booleans from JSON booleans, {@code "true"/"false"} or 0/1; timestamps in the API's
 * ISO-8601 spellings. A value that cannot be converted without loss throws a {@link DecodingException} naming the
 * field's JSON path. No intermediate tree is built: the model's {@link RawJson} parses its byte range lazily, only
 * when a caller asks for it. Schemas are immutable and shared.
 *
 * @param <T> the model type
 */
public final class StreamingSchema<T> {
    /** Largest exponent magnitude (and integer digit count) accepted for a decimal. */
    private static final int MAX_DECIMAL_SCALE = 1000;

    /** How a field's value is read. */
    public enum Kind {
        STRING,
        DECIMAL,
        INT,
        LONG,
        BOOL,
        TIMESTAMP,
        /** Any JSON value, kept as a tree. */
        JSON,
        /** An object of flags; non-boolean entries are left to the raw view. */
        BOOL_MAP,
        /** A nested object with its own schema. */
        OBJECT
    }

    private record Field(
            String name, int index, Kind kind, @Nullable StreamingSchema<?> nested) {}

    private final String typeName;
    /** Fields by the index the name matcher returns (declaration order). */
    private final Field[] fields;
    /**
     * Matches property names straight from the parser's input bytes, without building a String per name or looking it
     * up in a map: the mechanism Jackson's own databind uses for beans.
     */
    private final PropertyNameMatcher matcher;

    private final int size;
    private final Set<String> names;
    private final Function<Object[], T> factory;

    private StreamingSchema(String typeName, List<Field> fields, Function<Object[], T> factory) {
        this.typeName = typeName;
        Set<String> ordered = new LinkedHashSet<>();
        List<Named> named = new ArrayList<>(fields.size());
        for (Field f : fields) {
            if (!ordered.add(f.name)) {
                throw new IllegalArgumentException(typeName + " declares the field " + f.name + " twice");
            }
            named.add(Named.fromString(f.name));
        }
        this.fields = fields.toArray(new Field[0]);
        this.matcher = JsonCodec.FACTORY.constructNameMatcher(named, false);
        this.names = Set.copyOf(ordered); // immutable, so RawJson shares it instead of copying per decode
        this.size = fields.size() + 1; // the last slot holds the RawJson
        this.factory = factory;
    }

    public static <T> Builder<T> builder(String typeName) {
        return new Builder<>(typeName);
    }

    /** The JSON field names this schema models. */
    public Set<String> fieldNames() {
        return names;
    }

    /** Decodes a whole body, which must be one JSON object. */
    public T decode(byte[] body) {
        if (body.length == 0) {
            throw new DecodingException(typeName, null, "the response body is empty", "");
        }
        // Straight from the token stream factory: ObjectMapper.createParser would also build a deserialization
        // context per call, which a streaming decode never uses.
        try (JsonParser p = JsonCodec.FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new DecodingException(
                        typeName, null, "expected a JSON object but got " + describe(first), JsonCodec.snippet(body));
            }
            // The whole body is the object (trailing content is refused below), so its bytes are the body trimmed.
            int start = 0;
            int end = body.length;
            while (start < end && isWhitespace(body[start])) {
                start++;
            }
            while (end > start && isWhitespace(body[end - 1])) {
                end--;
            }
            T value = body[start] == '{' && body[end - 1] == '}'
                    ? readObject(p, body, "", start, end)
                    : readObject(p, body, "", -1, -1);
            if (p.nextToken() != null) {
                throw new DecodingException(
                        typeName, null, "unexpected content after the JSON object", JsonCodec.snippet(body));
            }
            return value;
        } catch (JacksonException e) {
            throw new DecodingException(
                    typeName, null, "malformed JSON (" + e.getOriginalMessage() + ")", JsonCodec.snippet(body), e);
        }
    }

    /**
     * Reads the object whose START_OBJECT is the current token; leaves the parser on its END_OBJECT. {@code start} and
     * {@code end} delimit its bytes when the caller knows them (-1: ask the parser).
     */
    private T readObject(JsonParser p, byte[] body, String path, int knownStart, int knownEnd) {
        int start =
                knownStart >= 0 ? knownStart : (int) p.currentTokenLocation().getByteOffset();
        Object[] values = new Object[size];
        for (int ix = p.nextNameMatch(matcher);
                ix != PropertyNameMatcher.MATCH_END_OBJECT;
                ix = p.nextNameMatch(matcher)) {
            if (ix == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                throw new DecodingException(
                        typeName, null, "malformed JSON object: expected a property name", JsonCodec.snippet(body));
            }
            JsonToken t = p.nextToken();
            if (ix == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
                p.skipChildren();
                continue;
            }
            Field f = fields[ix];
            values[f.index] = t == JsonToken.VALUE_NULL ? null : read(p, t, f, body, path);
        }
        int end = knownEnd >= 0 ? knownEnd : (int) p.currentTokenLocation().getByteOffset() + 1;
        values[size - 1] = start >= 0 && end > start && end <= body.length
                ? new RawJson(body, start, end - start, names)
                : new RawJson(JsonCodec.readTree(body, typeName), names);
        return factory.apply(values);
    }

    private @Nullable Object read(JsonParser p, JsonToken t, Field f, byte[] body, String path) {
        switch (f.kind) {
            case STRING:
                if (t == JsonToken.VALUE_STRING || t.isScalarValue()) {
                    return p.getString();
                }
                throw fail(p, f, path, body, "expected a string but got " + describe(t));
            case DECIMAL:
                return decimal(p, t, f, path, body);
            case INT: {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue(); // the common case
                }
                BigInteger i = integral(p, t, f, path, body, 31);
                return i == null ? null : i.intValue();
            }
            case LONG: {
                BigInteger i = integral(p, t, f, path, body, 63);
                return i == null ? null : i.longValue();
            }
            case BOOL:
                return bool(p, t, f, path, body, true);
            case TIMESTAMP:
                if (t != JsonToken.VALUE_STRING) {
                    throw fail(p, f, path, body, "expected an ISO-8601 timestamp string but got " + describe(t));
                }
                String s = p.getString().trim();
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    return Timestamps.parse(s);
                } catch (DateTimeParseException e) {
                    throw fail(p, f, path, body, "expected an ISO-8601 timestamp but got \"" + abbreviate(s) + "\"");
                }
            case JSON:
                return JsonCodec.SUBTREE_READER.readTree(p);
            case BOOL_MAP:
                if (t != JsonToken.START_OBJECT) {
                    throw fail(p, f, path, body, "expected an object but got " + describe(t));
                }
                Map<String, Boolean> map = new LinkedHashMap<>();
                for (String key = p.nextName(); key != null; key = p.nextName()) {
                    JsonToken vt = p.nextToken();
                    Boolean b = (Boolean) bool(p, vt, f, path, body, false);
                    if (b != null) {
                        map.put(key, b);
                    } else {
                        p.skipChildren(); // not a flag: reachable through raw()
                    }
                }
                return Collections.unmodifiableMap(map);
            case OBJECT:
                if (t != JsonToken.START_OBJECT) {
                    throw fail(p, f, path, body, "expected an object but got " + describe(t));
                }
                return f.nested.readObject(p, body, path + f.name + ".", -1, -1);
            default:
                throw new IllegalStateException("unknown kind " + f.kind);
        }
    }

    private @Nullable BigDecimal decimal(JsonParser p, JsonToken t, Field f, String path, byte[] body) {
        return decimal(p, t, f, path, body, "a decimal number");
    }

    private @Nullable BigDecimal decimal(
            JsonParser p, JsonToken t, Field f, String path, byte[] body, String expected) {
        BigDecimal d;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            d = p.getDecimalValue();
        } else if (t == JsonToken.VALUE_STRING) {
            String s = p.getString().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw fail(p, f, path, body, "expected " + expected + " but got the string \"" + abbreviate(s) + "\"");
            }
        } else {
            throw fail(p, f, path, body, "expected " + expected + " but got " + describe(t));
        }
        // An exponent like 1e999999999 is valid JSON but would make any later arithmetic or printing explode.
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_SCALE || d.precision() - (long) d.scale() > MAX_DECIMAL_SCALE) {
            throw fail(p, f, path, body, "decimal number out of range: " + abbreviate(d.toString()));
        }
        return d;
    }

    private @Nullable BigInteger integral(JsonParser p, JsonToken t, Field f, String path, byte[] body, int bits) {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return BigInteger.valueOf(p.getIntValue()); // the common case, without BigDecimal
        }
        BigDecimal d = decimal(p, t, f, path, body, "an integer");
        if (d == null) {
            return null;
        }
        if (d.signum() == 0) {
            return BigInteger.ZERO;
        }
        // Checked on the digit count first, so that no huge number is ever expanded.
        if (d.precision() - (long) d.scale() > 20) {
            throw fail(p, f, path, body, "integer out of range: " + abbreviate(d.toString()));
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw fail(p, f, path, body, "expected an integer but got " + abbreviate(d.toPlainString()));
        }
        BigInteger i = stripped.toBigIntegerExact();
        if (i.bitLength() > bits) {
            throw fail(p, f, path, body, "integer out of range: " + i);
        }
        return i;
    }

    /** A lenient boolean; with {@code strict} false, a non-boolean yields null instead of an error. */
    private @Nullable Object bool(JsonParser p, JsonToken t, Field f, String path, byte[] body, boolean strict) {
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getString().trim().toLowerCase(Locale.ROOT);
            if (s.equals("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("false")) {
                return Boolean.FALSE;
            }
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            int v = p.getIntValue();
            if (v == 0 || v == 1) {
                return v == 1;
            }
        }
        if (!strict || t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw fail(p, f, path, body, "expected a boolean but got " + describe(t));
    }

    private DecodingException fail(JsonParser p, Field f, String path, byte[] body, String reason) {
        return new DecodingException(typeName, path + f.name, reason, JsonCodec.snippet(body));
    }

    private static String describe(@Nullable JsonToken t) {
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

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Reads component {@code i} of a decoded value array, typed by inference at the constructor call. */
    @SuppressWarnings("unchecked")
    public static <X> X at(Object[] values, int i) {
        return (X) values[i];
    }

    /** Builder: declare fields in the model's component order, then {@link #build(Function)}. */
    public static final class Builder<T> {
        private final String typeName;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String typeName) {
            this.typeName = typeName;
        }

        public Builder<T> field(String name, Kind kind) {
            if (kind == Kind.OBJECT) {
                throw new IllegalArgumentException("use object(name, schema) for nested objects");
            }
            fields.add(new Field(name, fields.size(), kind, null));
            return this;
        }

        public Builder<T> object(String name, StreamingSchema<?> schema) {
            fields.add(new Field(name, fields.size(), Kind.OBJECT, schema));
            return this;
        }

        /**
         * @param factory builds the model from values in declaration order; index {@code fieldCount} holds the
         *     {@link RawJson}
         */
        public StreamingSchema<T> build(Function<Object[], T> factory) {
            return new StreamingSchema<>(typeName, fields, factory);
        }
    }
}
