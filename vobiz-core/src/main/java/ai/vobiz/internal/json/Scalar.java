package ai.vobiz.internal.json;

import static ai.vobiz.internal.json.ValueReader.abbreviate;
import static ai.vobiz.internal.json.ValueReader.describe;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The API's scalars, read leniently: decimals from numbers or strings with their scale kept; integers from integral
 * numbers or numeric strings; booleans from JSON booleans, {@code "true"/"false"} or 0/1; timestamps in the API's
 * ISO-8601 spellings (docs/api-digest.md §1.6); an empty string is null for every non-string kind. A value that cannot be
 * converted without loss fails with the field's JSON path.
 */
enum Scalar implements ValueReader {
    STRING {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            if (t.isScalarValue()) {
                return p.getString();
            }
            throw src.fail("expected a string but got " + describe(t));
        }
    },
    DECIMAL {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            return decimal(p, t, src, "a decimal number");
        }
    },
    INT {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue(); // the common case
            }
            BigInteger i = integral(p, t, src, 31);
            return i == null ? null : i.intValue();
        }
    },
    LONG {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return p.getLongValue();
            }
            BigInteger i = integral(p, t, src, 63);
            return i == null ? null : i.longValue();
        }
    },
    BOOL {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            Boolean b = bool(p, t);
            if (b == null) {
                throw src.fail("expected a boolean but got " + describe(t));
            }
            return b;
        }
    },
    TIMESTAMP {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            return temporal(p, t, src, "an ISO-8601 timestamp", Timestamps::parse);
        }
    },
    /** A calendar date {@code YYYY-MM-DD}; a full timestamp gives its date as written. */
    DATE {
        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            return temporal(
                    p,
                    t,
                    src,
                    "a YYYY-MM-DD date",
                    s -> s.length() == 10
                            ? LocalDate.parse(s)
                            : Timestamps.parse(s).toLocalDate());
        }
    },
    /** Any JSON value, kept as a tree. */
    JSON {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            return JsonCodec.SUBTREE_READER.readTree(p);
        }
    };

    /** A date or time from a string: empty is null, anything unparseable fails naming what was expected. */
    private static @Nullable Object temporal(
            JsonParser p, JsonToken t, Source src, String expected, java.util.function.Function<String, ?> parse) {
        if (t != JsonToken.VALUE_STRING) {
            throw src.fail("expected " + expected + " string but got " + describe(t));
        }
        String s = p.getString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (DateTimeParseException e) {
            throw src.fail("expected " + expected + " but got \"" + abbreviate(s) + "\"");
        }
    }

    /** Largest exponent magnitude (and integer digit count) accepted for a decimal. */
    private static final int MAX_DECIMAL_SCALE = 1000;

    static @Nullable BigDecimal decimal(JsonParser p, JsonToken t, Source src, String expected) {
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
                throw src.fail("expected " + expected + " but got the string \"" + abbreviate(s) + "\"");
            }
        } else {
            throw src.fail("expected " + expected + " but got " + describe(t));
        }
        // An exponent like 1e999999999 is valid JSON but would make any later arithmetic or printing explode.
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_SCALE || d.precision() - (long) d.scale() > MAX_DECIMAL_SCALE) {
            throw src.fail("decimal number out of range: " + abbreviate(d.toString()));
        }
        // 1e3 is 1000: a negative scale (an exponent) becomes the plain integer it stands for, exactly, so that the
        // value prints, compares and encodes back as the API's decimals do.
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static @Nullable BigInteger integral(JsonParser p, JsonToken t, Source src, int bits) {
        BigDecimal d = decimal(p, t, src, "an integer");
        if (d == null) {
            return null;
        }
        if (d.signum() == 0) {
            return BigInteger.ZERO;
        }
        // Checked on the digit count first, so that no huge number is ever expanded.
        if (d.precision() - (long) d.scale() > 20) {
            throw src.fail("integer out of range: " + abbreviate(d.toString()));
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw src.fail("expected an integer but got " + abbreviate(d.toPlainString()));
        }
        BigInteger i = stripped.toBigIntegerExact();
        if (i.bitLength() > bits) {
            throw src.fail("integer out of range: " + i);
        }
        return i;
    }

    /** A lenient boolean, or null when the token is not one. */
    static @Nullable Boolean bool(JsonParser p, JsonToken t) {
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
        return null;
    }
}
