package ai.vobiz.internal.validation;

import ai.vobiz.error.RequestValidationException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The documented rules request records check in their constructors; each failure names the field's wire name. */
public final class Checks {
    private Checks() {}

    public static <T> T required(@Nullable T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new RequestValidationException(field, "is required");
        }
        return value;
    }

    public static BigDecimal positive(@Nullable BigDecimal value, String field) {
        required(value, field);
        if (value.signum() <= 0) {
            throw new RequestValidationException(field, "must be greater than zero, got " + value.toPlainString());
        }
        // No documented limit: this only refuses what no wallet can hold (a typo'd exponent), not any real amount.
        if (value.precision() - (long) value.scale() > 15 || value.scale() > 20) {
            throw new RequestValidationException(field, "is out of range: " + value.toPlainString());
        }
        return value;
    }

    /** An ISO 4217 code: three letters, upper case. */
    public static String currency(@Nullable String value, String field) {
        required(value, field);
        if (!value.matches("[A-Z]{3}")) {
            throw new RequestValidationException(
                    field,
                    "must be a 3-letter ISO 4217 code such as INR, got '"
                            + (value.length() > 10 ? value.substring(0, 10) + "…" : value) + "'");
        }
        return value;
    }

    /** A list query's page number (1 or more) and page size (1 to the documented {@code maxPerPage}), each optional. */
    public static void paging(@Nullable Integer page, @Nullable Integer perPage, int maxPerPage) {
        range(page, 1, Integer.MAX_VALUE, "page");
        range(perPage, 1, maxPerPage, "per_page");
    }

    /** Null, or within {@code [min, max]}. */
    public static @Nullable Integer range(@Nullable Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new RequestValidationException(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** Null, or at most {@code max} characters. */
    public static @Nullable String maxLength(@Nullable String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RequestValidationException(
                    field, "must be at most " + max + " characters, got " + value.length());
        }
        return value;
    }
}
