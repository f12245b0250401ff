package ai.vobiz.domain.partner;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A call detail record: the 43-field row of {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs} and
 * {@code GET /api/v1/partner/cdrs}, and the bare body of {@code GET …/cdrs/{uuid}} (docs/api-digest.md §3.12–§3.14,
 * §3.18), components in the digest's order.
 *
 * <p>Money ({@link #cost()}, {@link #totalCost()}, {@link #streamingCost()}) is exact: {@code 0.45} is 0.45, and
 * {@code totalCost = cost + streamingCost}. Bill on {@link #billsec()}. {@link #answerTime()} is null for an
 * unanswered call. {@link #id()} is internal: the single-CDR call takes the {@link #uuid()}.
 */
public record Cdr(
        @Nullable Long id,
        @Nullable String uuid,
        @Nullable String accountId,
        @Nullable OpenEnum<CallDirection> callDirection,
        @Nullable String callerIdName,
        @Nullable String callerIdNumber,
        @Nullable String destinationNumber,
        @Nullable String context,
        @Nullable String region,
        @Nullable String originationRegion,
        @Nullable String campaignId,
        @Nullable String customerEndpoint,
        @Nullable String trunkId,
        @Nullable String terminatedTo,
        @Nullable String failureCode,
        @Nullable String failureReason,
        @Nullable Long duration,
        @Nullable Long billsec,
        @Nullable Long ringTime,
        @Nullable OffsetDateTime startTime,
        @Nullable OffsetDateTime answerTime,
        @Nullable OffsetDateTime progressTime,
        @Nullable OffsetDateTime endTime,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable BigDecimal cost,
        @Nullable BigDecimal totalCost,
        @Nullable BigDecimal streamingCost,
        @Nullable String currency,
        @Nullable BigDecimal mos,
        @Nullable BigDecimal jitter,
        @Nullable BigDecimal packetLoss,
        @Nullable String codec,
        @Nullable String hangupCause,
        @Nullable String hangupCauseName,
        @Nullable Integer hangupCauseCode,
        @Nullable String hangupDisposition,
        @Nullable String hangupSource,
        @Nullable String bridgeUuid,
        @Nullable String sipCallId,
        @Nullable String sipUserAgent,
        @Nullable String networkAddr,
        @Nullable String carrierIp,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
