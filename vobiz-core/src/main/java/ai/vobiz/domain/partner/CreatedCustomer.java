package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The answer to creating a customer (201, docs/api-digest.md §3.5). {@link #authToken()} is the customer's API secret:
 * store it encrypted (GET customer can return it again); it never appears in {@link #toString()} or the CLI's
 * output. A new customer starts with KYC pending and an empty wallet.
 *
 * @param authId the customer's auth id ({@code MA_…})
 * @param authToken the customer's API token (secret)
 * @param name its name
 * @param email its email
 * @param status such as {@code active}
 * @param balance its wallet, {@code 0.00}
 * @param currency the wallet currency, from the country
 * @param country ISO 3166-1 alpha-2
 * @param createdAt when it was created
 * @param raw the JSON object as received
 */
public record CreatedCustomer(
        @Nullable String authId,
        @Nullable String authToken,
        @Nullable String name,
        @Nullable String email,
        @Nullable String status,
        @Nullable BigDecimal balance,
        @Nullable String currency,
        @Nullable String country,
        @Nullable OffsetDateTime createdAt,
        @Nullable RawJson raw) {

    /** All components except {@code auth_token}, shown as {@code <redacted>}. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
