package ai.vobiz.domain.partner;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of a partner ledger, as {@code GET /api/v1/partner/accounts/{customer_auth_id}/transactions} and
 * {@code GET /api/v1/partner/transactions} list them (docs/api-digest.md §3.10, §3.11). {@link #amount()} is positive
 * (the schema says integer; it is decoded exactly, whatever the API sends); {@link #type()} says which way it moved.
 *
 * @param id the row's UUID
 * @param accountId the auth id of the account whose wallet moved ({@code MA_…}, or the partner's own)
 * @param balanceId the wallet's id
 * @param type {@code credit} or {@code debit}
 * @param amount the amount, positive
 * @param currency its currency
 * @param description what it was for
 * @param reference the cause's reference ({@code ptc:<partner_id>:<customer_auth_id>:<unix_ts>} for a transfer)
 * @param status {@code completed}
 * @param processedAt when it was processed
 * @param createdAt when it was written
 * @param updatedAt when it last changed
 * @param raw the JSON object as received
 */
public record LedgerEntry(
        @Nullable String id,
        @Nullable String accountId,
        @Nullable String balanceId,
        @Nullable OpenEnum<LedgerEntryType> type,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String description,
        @Nullable String reference,
        @Nullable OpenEnum<LedgerEntryStatus> status,
        @Nullable OffsetDateTime processedAt,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
