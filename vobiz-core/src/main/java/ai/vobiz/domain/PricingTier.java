package ai.vobiz.domain;

import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The pricing tier embedded in an {@link Account}. Every component may be null when the API omits it or sends null
 * (the API's own examples put null where its schema says non-nullable).
 *
 * @param id tier UUID
 * @param name such as {@code Standard}
 * @param description free text, often null
 * @param currency ISO 4217 code, such as {@code INR}
 * @param ratePerMinute exact per-minute rate, such as {@code 0.45}
 * @param billingIncrementSeconds billing granularity, such as 60
 * @param minimumDurationSeconds minimum billed duration
 * @param isActive whether the tier is active
 * @param isDefault whether it is the default tier
 * @param raw the JSON object as received
 */
public record PricingTier(
        @Nullable String id,
        @Nullable String name,
        @Nullable String description,
        @Nullable String currency,
        @Nullable BigDecimal ratePerMinute,
        @Nullable Integer billingIncrementSeconds,
        @Nullable Integer minimumDurationSeconds,
        @Nullable Boolean isActive,
        @Nullable Boolean isDefault,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
