package ai.vobiz.domain;

import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A pricing tier, as embedded in an {@link Account} and in a partner's customer: the union of the fields both carry
 * (docs/api-digest.md §2.2, §3.6). Every component may be null when the API omits it or sends null (the API's own examples put
 * null where its schema says non-nullable). Rates and fees are exact decimals.
 *
 * @param id tier UUID
 * @param name such as {@code Standard}
 * @param description free text, often null
 * @param currency ISO 4217 code, such as {@code INR}
 * @param ratePerMinute per-minute call rate, such as {@code 0.45}
 * @param billingIncrementSeconds billing granularity, such as 60
 * @param minimumDurationSeconds minimum billed duration
 * @param streamingRatePerMinute per-minute audio streaming rate (customer tiers)
 * @param recordingRatePerMinute per-minute recording rate (customer tiers)
 * @param whatsappVoiceRate WhatsApp voice rate (customer tiers)
 * @param transcriptionRatePerMinute per-minute transcription rate (customer tiers)
 * @param piiRedactionRatePerMinute per-minute PII redaction rate (customer tiers)
 * @param chargeNonConnectedCalls whether calls that never connect are charged
 * @param nonConnectedCallFee the fee for such a call
 * @param didReleaseFee the fee for releasing a number
 * @param isActive whether the tier is active
 * @param isDefault whether it is the default tier
 * @param partnerId the owning partner's UUID, or null for a platform tier
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
        @Nullable BigDecimal streamingRatePerMinute,
        @Nullable BigDecimal recordingRatePerMinute,
        @Nullable BigDecimal whatsappVoiceRate,
        @Nullable BigDecimal transcriptionRatePerMinute,
        @Nullable BigDecimal piiRedactionRatePerMinute,
        @Nullable Boolean chargeNonConnectedCalls,
        @Nullable BigDecimal nonConnectedCallFee,
        @Nullable BigDecimal didReleaseFee,
        @Nullable Boolean isActive,
        @Nullable Boolean isDefault,
        @Nullable String partnerId,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
