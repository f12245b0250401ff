package ai.vobiz.domain;

import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The account object returned by {@code GET /api/v1/auth/me}: all 46 documented fields, decoded leniently.
 *
 * <p><b>Nullability.</b> Every component accessor ({@link #name()}, {@link #creditLimit()}, {@link #pricingTier()}
 * …) returns null when the field was absent or JSON null: the API omits fields and sends null even where its schema
 * says non-nullable ({@code description} in its own example). Booleans and integers are boxed for that reason.
 * {@link #raw()} is never null for an account the SDK decoded (it may be null only for one constructed by hand).
 * {@link #isPostpaid()} never returns null; {@link #callQueueEnabled()} may. Untyped fields
 * ({@code auto_recharge_config}, {@code ip_whitelist_rules}, which the API sends as {@code {}} or {@code []}) are
 * JSON trees. Fields the SDK does not model stay reachable via {@link #raw()}: {@code account.raw().get("x")}
 * returns an {@link java.util.Optional}.
 *
 * <p><b>Money</b> ({@code credit_limit}) is an exact {@link BigDecimal} whether the API sent {@code 0}, {@code 0.0} or
 * {@code "100.00"}; the scale is kept. <b>Timestamps</b> accept {@code Z} or {@code +00:00} and 0 to 9 fraction
 * digits. <b>Secrets</b>: {@link #authSecret()} never appears in {@link #toString()}, and secret-named values nested
 * in the JSON components are redacted there too.
 */
public record Account(
        @Nullable String type,
        @Nullable String id,
        @Nullable String apiId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String description,
        @Nullable String authId,
        @Nullable String authSecret,
        @Nullable OffsetDateTime authTokenExpireTime,
        @Nullable String country,
        @Nullable String timezone,
        @Nullable String city,
        @Nullable String state,
        @Nullable String address,
        @Nullable String zipCode,
        @Nullable String company,
        @Nullable String accountType,
        @Nullable Boolean postpaid,
        @Nullable Boolean autoRecharge,
        @Nullable JsonNode autoRechargeConfig,
        @Nullable Boolean enabled,
        @Nullable String carrierType,
        @Nullable String customerType,
        @Nullable BigDecimal creditLimit,
        @Nullable Integer cpsLimit,
        @Nullable Integer concurrentCallsLimit,
        @Nullable Integer baseCpsLimit,
        @Nullable Integer baseConcurrentCallsLimit,
        @Nullable Integer purchasedCps,
        @Nullable Integer purchasedConcurrentCalls,
        @Nullable Integer riskRating,
        @Nullable String riskStatus,
        @Nullable Map<String, Boolean> features,
        @Nullable Boolean ipAuthEnabled,
        @Nullable JsonNode ipWhitelistRules,
        @Nullable Boolean allowAwsIps,
        @Nullable String role,
        @Nullable Boolean isActive,
        @Nullable Boolean isVerified,
        @Nullable Boolean isTrialAccount,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable OffsetDateTime lastLogin,
        @Nullable String pricingTierId,
        @Nullable PricingTier pricingTier,
        @Nullable RawJson raw) {

    /** The {@code call_queue} feature flag, or null when the API did not say. */
    public @Nullable Boolean callQueueEnabled() {
        return features == null ? null : features.get("call_queue");
    }

    /** Whether the account is postpaid; false when the API did not say. */
    public boolean isPostpaid() {
        return Boolean.TRUE.equals(postpaid);
    }

    /** All components except {@code auth_secret}, shown as {@code <redacted>}. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
