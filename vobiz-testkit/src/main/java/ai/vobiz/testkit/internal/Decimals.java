package ai.vobiz.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Money as the API writes it (public Vobiz docs, https://www.vobiz.ai/docs): balances and wallets as strings with five
 * decimals ({@code "23906.83000"}), transfer amounts and balances-after as JSON numbers ({@code 47750.00}). Always
 * {@link BigDecimal}, never a binary floating point. Internal: not part of the testkit's API.
 */
public final class Decimals {
    /** The scale of the API's balance strings. */
    public static final int STORED_SCALE = 5;

    private Decimals() {}

    /** A balance string with exactly five decimals, e.g. {@code "1300.00000"}. */
    public static String fiveDecimals(BigDecimal value) {
        return Objects.requireNonNull(value, "value")
                .setScale(STORED_SCALE, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /**
     * An amount for a JSON number: the exact value, with at least two decimals and never in exponent form
     * ({@code 47750} → {@code 47750.00}, {@code 23406.83000} → {@code 23406.83}, {@code 0.125} stays).
     */
    public static BigDecimal wire(BigDecimal value) {
        BigDecimal v = Objects.requireNonNull(value, "value").stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v;
    }

    /**
     * A decimal given as a JSON number or a numeric string, exactly.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static BigDecimal parse(JsonNode v, String field) {
        try {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isString()) {
                return new BigDecimal(v.asString().trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + " must be a decimal number or string, got " + v);
    }
}
