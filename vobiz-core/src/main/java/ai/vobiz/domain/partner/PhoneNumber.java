package ai.vobiz.domain.partner;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A number (DID) a customer rents, as {@code GET /api/v1/partner/accounts/{customer_auth_id}/numbers} and
 * {@code GET /api/v1/partner/numbers} list it (docs/api-digest.md §3.15, §3.16). Read-only: numbers are bought and
 * released in the Console. Fees are exact decimals.
 *
 * @param id the number's UUID
 * @param accountId the customer's auth id
 * @param e164 the number, such as {@code +918012345678}
 * @param country ISO country code
 * @param region region name
 * @param capabilities what it can carry
 * @param status {@code active}
 * @param provider the carrier (may be empty)
 * @param setupFee one-time fee
 * @param monthlyFee monthly rental
 * @param currency the fees' currency
 * @param applicationId the application inbound calls route to; unset: nowhere
 * @param voiceEnabled whether voice is on
 * @param tags labels
 * @param purchasedAt when it was bought
 * @param isBlocked whether it is blocked
 * @param createdAt when the record was made
 * @param updatedAt when it last changed
 * @param isTrialNumber whether it is a trial number
 * @param lastBillingDate when rental was last charged
 * @param nextBillingDate when rental is next charged
 * @param minimumCommitmentMonths the minimum rental period
 * @param aadhaarVerificationRequired whether Aadhaar verification is required
 * @param aadhaarVerified whether it is verified
 * @param source how it was obtained ({@code purchased})
 * @param raw the JSON object as received
 */
public record PhoneNumber(
        @Nullable String id,
        @Nullable String accountId,
        @Nullable String e164,
        @Nullable String country,
        @Nullable String region,
        @Nullable Capabilities capabilities,
        @Nullable OpenEnum<NumberStatus> status,
        @Nullable String provider,
        @Nullable BigDecimal setupFee,
        @Nullable BigDecimal monthlyFee,
        @Nullable String currency,
        @Nullable String applicationId,
        @Nullable Boolean voiceEnabled,
        @Nullable List<String> tags,
        @Nullable OffsetDateTime purchasedAt,
        @Nullable Boolean isBlocked,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable Boolean isTrialNumber,
        @Nullable OffsetDateTime lastBillingDate,
        @Nullable OffsetDateTime nextBillingDate,
        @Nullable Integer minimumCommitmentMonths,
        @Nullable Boolean aadhaarVerificationRequired,
        @Nullable Boolean aadhaarVerified,
        @Nullable String source,
        @Nullable RawJson raw) {

    /**
     * What a number can carry.
     *
     * @param voice calls
     * @param sms text messages
     * @param mms picture messages
     * @param fax faxes
     * @param raw the JSON object as received
     */
    public record Capabilities(
            @Nullable Boolean voice,
            @Nullable Boolean sms,
            @Nullable Boolean mms,
            @Nullable Boolean fax,
            @Nullable RawJson raw) {

        @Override
        public String toString() {
            return Redaction.recordToString(this);
        }
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
