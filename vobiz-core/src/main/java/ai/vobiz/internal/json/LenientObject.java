package ai.vobiz.internal.json;

import ai.vobiz.error.DecodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a JSON object leniently, the way the API's inconsistencies require: absent and null are both null;
 * money as a string or a number, scale kept; integers as numbers or numeric strings; booleans as JSON booleans,
 * {@code "true"/"false"} or 0/1. A value that cannot be converted without loss throws a {@link DecodingException}
 * naming the field's JSON path.
 */
public final class LenientObject {
    /** Largest exponent magnitude (and integer digit count) accepted for a decimal. */
    private static final int MAX_DECIMAL_SCALE = 1000;

    private final JsonNode node;
    private final String targetType;
    private final String path;
    private final byte[] body;

    LenientObject(JsonNode node, String targetType, String path, byte[] body) {
        this.node = node;
        this.targetType = targetType;
        this.path = path;
        this.body = body;
    }

    public JsonNode node() {
        return node;
    }

    private @Nullable JsonNode value(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    private DecodingException fail(String name, String reason) {
        return new DecodingException(targetType, path + name, reason, JsonCodec.snippet(body));
    }

    public @Nullable String string(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.stringValue();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asString();
        }
        throw fail(name, "expected a string but got " + v.getNodeType());
    }

    /** Money and other exact decimals: {@code "23906.83000"}, {@code 23906.83}, {@code 50000}, {@code 0.0}. */
    public @Nullable BigDecimal decimal(String name) {
        return decimal(name, "a decimal number");
    }

    private @Nullable BigDecimal decimal(String name, String expected) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isString()) {
            String s = v.stringValue().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw fail(name, "expected " + expected + " but got the string \"" + abbreviate(s) + "\"");
            }
        } else {
            throw fail(name, "expected " + expected + " but got " + v.getNodeType());
        }
        // An exponent like 1e999999999 is valid JSON but would make any later arithmetic or printing explode.
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_SCALE || d.precision() - (long) d.scale() > MAX_DECIMAL_SCALE) {
            throw fail(name, "decimal number out of range: " + abbreviate(d.toString()));
        }
        return d;
    }

    public @Nullable Integer integer(String name) {
        BigInteger i = integral(name, 31);
        return i == null ? null : i.intValue();
    }

    public @Nullable Long longInteger(String name) {
        BigInteger i = integral(name, 63);
        return i == null ? null : i.longValue();
    }

    private @Nullable BigInteger integral(String name, int bits) {
        BigDecimal d = decimal(name, "an integer");
        if (d == null) {
            return null;
        }
        if (d.signum() == 0) {
            return BigInteger.ZERO;
        }
        // Checked on the digit count first, so that no huge number is ever expanded.
        if (d.precision() - (long) d.scale() > 20) {
            throw fail(name, "integer out of range: " + abbreviate(d.toString()));
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw fail(name, "expected an integer but got " + abbreviate(d.toPlainString()));
        }
        BigInteger i = stripped.toBigIntegerExact();
        if (i.bitLength() > bits) {
            throw fail(name, "integer out of range: " + i);
        }
        return i;
    }

    public @Nullable Boolean bool(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString()) {
            String s = v.stringValue().trim().toLowerCase(Locale.ROOT);
            if (s.equals("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("false")) {
                return Boolean.FALSE;
            }
        }
        if (v.isIntegralNumber() && v.canConvertToInt() && (v.intValue() == 0 || v.intValue() == 1)) {
            return v.intValue() == 1;
        }
        throw fail(name, "expected a boolean but got " + describe(v));
    }

    public @Nullable OffsetDateTime timestamp(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw fail(name, "expected an ISO-8601 timestamp string but got " + v.getNodeType());
        }
        String s = v.stringValue().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Timestamps.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(name, "expected an ISO-8601 timestamp but got \"" + abbreviate(s) + "\"");
        }
    }

    /** Any JSON value, untyped; null when absent or null. */
    public @Nullable JsonNode json(String name) {
        return value(name);
    }

    /** A nested object decoded by {@code decoder}; null when absent or null. */
    public <T> @Nullable T object(String name, Function<LenientObject, T> decoder) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw fail(name, "expected an object but got " + v.getNodeType());
        }
        return decoder.apply(new LenientObject(v, targetType, path + name + ".", body));
    }

    /**
     * An object of booleans, such as {@code features}. Entries whose value is not boolean-like are left out (they
     * stay readable through the raw view); null when absent or null.
     */
    public @Nullable Map<String, Boolean> booleanMap(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw fail(name, "expected an object but got " + v.getNodeType());
        }
        Map<String, Boolean> map = new LinkedHashMap<>();
        LenientObject inner = new LenientObject(v, targetType, path + name + ".", body);
        for (String key : v.propertyNames()) {
            try {
                Boolean b = inner.bool(key);
                if (b != null) {
                    map.put(key, b);
                }
            } catch (DecodingException ignored) {
                // not a flag: reachable through raw()
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static String describe(JsonNode v) {
        return v.isValueNode()
                ? v.getNodeType() + " " + abbreviate(v.asString())
                : v.getNodeType().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
