package ai.vobiz.domain.partner;

import ai.vobiz.domain.PricingTier;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A partner's customer account, as {@code GET /api/v1/partner/accounts} lists it and
 * {@code GET /api/v1/partner/accounts/{customer_auth_id}} returns it (docs/api-digest.md §3.6, §3.7).
 *
 * <p>Every component may be null: the API omits fields and sends null where its schema says otherwise.
 * {@link #cashCredits()} is the wallet balance, sent as a 5-decimal string ({@code "1300.00000"}) and decoded exactly,
 * scale kept. {@link #authToken()} is the customer's API secret: it never appears in {@link #toString()} or in the
 * CLI's output. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public record Customer(
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String description,
        @Nullable String gstin,
        @Nullable String gstStatus,
        @Nullable Boolean tdsEnabled,
        @Nullable BigDecimal tdsPercentage,
        @Nullable String businessType,
        @Nullable String id,
        @Nullable String authId,
        @Nullable String apiId,
        @Nullable String accountType,
        @Nullable String role,
        @Nullable Boolean postpaid,
        @Nullable String address,
        @Nullable String city,
        @Nullable String state,
        @Nullable String timezone,
        @Nullable String country,
        @Nullable String zipCode,
        @Nullable String company,
        @Nullable String billingMode,
        @Nullable Boolean autoRecharge,
        @Nullable BigDecimal cashCredits,
        @Nullable Integer cpsLimit,
        @Nullable Integer concurrentCallsLimit,
        @Nullable Integer baseCpsLimit,
        @Nullable Integer baseConcurrentCallsLimit,
        @Nullable Integer purchasedCps,
        @Nullable Integer purchasedConcurrentCalls,
        @Nullable Boolean isActive,
        @Nullable Boolean isVerified,
        @Nullable Boolean isTrialAccount,
        @Nullable Boolean enabled,
        @Nullable String kycStatus,
        @Nullable String googleId,
        @Nullable String referralCode,
        @Nullable Boolean referralDisabled,
        @Nullable BigDecimal customReferrerRewardAmount,
        @Nullable BigDecimal customRefereeRewardAmount,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable OffsetDateTime lastLogin,
        @Nullable String pricingTierId,
        @Nullable PricingTier pricingTier,
        @Nullable String partnerId,
        @Nullable JsonNode autoRechargeConfig,
        @Nullable String resourceUri,
        @Nullable String authToken,
        @Nullable RawJson raw) {

    /** All components except {@code auth_token}, shown as {@code <redacted>}. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
