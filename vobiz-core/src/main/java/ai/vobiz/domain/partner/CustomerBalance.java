package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A customer's wallet, as {@code GET /api/v1/partner/accounts/{customer_auth_id}/balance} returns it
 * (docs/api-digest.md §3.8). {@link #cashCredits()} is sent as a 5-decimal string ({@code "1300.00000"}) and decoded
 * exactly, scale kept.
 *
 * @param authId the customer's auth id ({@code MA_…})
 * @param name the customer's name
 * @param cashCredits the wallet balance
 * @param currency its currency, such as {@code INR}
 * @param updatedAt when the wallet last changed
 * @param raw the JSON object as received
 */
public record CustomerBalance(
        @Nullable String authId,
        @Nullable String name,
        @Nullable BigDecimal cashCredits,
        @Nullable String currency,
        @Nullable OffsetDateTime updatedAt,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
