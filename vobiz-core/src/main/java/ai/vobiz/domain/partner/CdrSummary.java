package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.domain.WireName;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The {@code summary} of a CDR list (docs/api-digest.md §3.12), over every row the filters match, not just the page.
 * The API mixes camelCase and snake_case here, hence the {@link WireName}s. {@link #answerRate()} is a percentage
 * ({@code 48.2}); {@link #avgCallDuration()} is text such as {@code "28s"}; {@link #totalCost()} is exact and computed
 * at the customer's tier.
 */
public record CdrSummary(
        @WireName("answerRate") @Nullable BigDecimal answerRate,
        @WireName("answeredCalls") @Nullable Long answeredCalls,
        @WireName("avgCallDuration") @Nullable String avgCallDuration,
        @Nullable OffsetDateTime lastCallAt,
        @WireName("totalCalls") @Nullable Long totalCalls,
        @Nullable Long totalBillableSeconds,
        @Nullable BigDecimal totalCost,
        @Nullable Long totalDurationSeconds,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
