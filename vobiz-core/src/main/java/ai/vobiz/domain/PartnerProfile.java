package ai.vobiz.domain;

import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The partner profile returned by {@code GET /api/v1/partner/me}: the 21 schema fields plus {@code currency} and
 * {@code country}, which only the OpenAPI example carries.
 *
 * <p><b>Nullability.</b> Every component accessor returns null when the field was absent or JSON null (the OpenAPI
 * example omits 15 of the 21 "required" fields; {@link #currency()} and {@link #country()} appear only there).
 * {@link #raw()} is never null for a profile the SDK decoded. {@link #balance()} is exact whether sent as
 * {@code "23906.83000"} (scale kept) or {@code 50000}. Unmodelled fields stay reachable via {@link #raw()}.
 */
public record PartnerProfile(
        @Nullable String id,
        @Nullable Long accountId,
        @Nullable String name,
        @Nullable String slug,
        @Nullable String company,
        @Nullable String authId,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String billingModel,
        @Nullable Boolean isActive,
        @Nullable Boolean isVerified,
        @Nullable Integer maxAccounts,
        @Nullable Boolean canCreateAccounts,
        @Nullable Boolean canCreatePricingTiers,
        @Nullable Boolean canViewCdrs,
        @Nullable Boolean canTransferBalance,
        @Nullable String defaultPricingTierId,
        @Nullable Integer accountCount,
        @Nullable BigDecimal balance,
        @Nullable String currency,
        @Nullable String country,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
