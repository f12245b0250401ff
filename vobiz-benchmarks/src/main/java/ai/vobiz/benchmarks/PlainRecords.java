package ai.vobiz.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a user would write instead of the SDK's models: plain records bound by Jackson databind (snake_case naming),
 * the same components and types as {@code Customer} and {@code PricingTier}, without the SDK's leniency or raw view.
 */
final class PlainRecords {
    private PlainRecords() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainCustomerPage(List<PlainCustomer> accounts, Integer total, Integer page, Integer size) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainCustomer(
            String name,
            String email,
            String phone,
            String description,
            String gstin,
            String gstStatus,
            Boolean tdsEnabled,
            BigDecimal tdsPercentage,
            String businessType,
            String id,
            String authId,
            String apiId,
            String accountType,
            String role,
            Boolean postpaid,
            String address,
            String city,
            String state,
            String timezone,
            String country,
            String zipCode,
            String company,
            String billingMode,
            Boolean autoRecharge,
            BigDecimal cashCredits,
            Integer cpsLimit,
            Integer concurrentCallsLimit,
            Integer baseCpsLimit,
            Integer baseConcurrentCallsLimit,
            Integer purchasedCps,
            Integer purchasedConcurrentCalls,
            Boolean isActive,
            Boolean isVerified,
            Boolean isTrialAccount,
            Boolean enabled,
            String kycStatus,
            String googleId,
            String referralCode,
            Boolean referralDisabled,
            BigDecimal customReferrerRewardAmount,
            BigDecimal customRefereeRewardAmount,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime lastLogin,
            String pricingTierId,
            PlainPricingTier pricingTier,
            String partnerId,
            JsonNode autoRechargeConfig,
            String resourceUri,
            String authToken) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainPricingTier(
            String id,
            String name,
            String description,
            String currency,
            BigDecimal ratePerMinute,
            Integer billingIncrementSeconds,
            Integer minimumDurationSeconds,
            BigDecimal streamingRatePerMinute,
            BigDecimal recordingRatePerMinute,
            BigDecimal whatsappVoiceRate,
            BigDecimal transcriptionRatePerMinute,
            BigDecimal piiRedactionRatePerMinute,
            Boolean chargeNonConnectedCalls,
            BigDecimal nonConnectedCallFee,
            BigDecimal didReleaseFee,
            Boolean isActive,
            Boolean isDefault,
            String partnerId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainCdrPage(List<PlainCdr> data, Integer count, PlainPagination pagination) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainPagination(Integer page, Integer perPage, Long total, Integer pages, Boolean hasNext) {}

    /** The 43 fields of a CDR row, as {@code Cdr} has them (an open vocabulary as a plain string). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlainCdr(
            Long id,
            String uuid,
            String accountId,
            String callDirection,
            String callerIdName,
            String callerIdNumber,
            String destinationNumber,
            String context,
            String region,
            String originationRegion,
            String campaignId,
            String customerEndpoint,
            String trunkId,
            String terminatedTo,
            String failureCode,
            String failureReason,
            Long duration,
            Long billsec,
            Long ringTime,
            OffsetDateTime startTime,
            OffsetDateTime answerTime,
            OffsetDateTime progressTime,
            OffsetDateTime endTime,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            BigDecimal cost,
            BigDecimal totalCost,
            BigDecimal streamingCost,
            String currency,
            BigDecimal mos,
            BigDecimal jitter,
            BigDecimal packetLoss,
            String codec,
            String hangupCause,
            String hangupCauseName,
            Integer hangupCauseCode,
            String hangupDisposition,
            String hangupSource,
            String bridgeUuid,
            String sipCallId,
            String sipUserAgent,
            String networkAddr,
            String carrierIp) {}
}
