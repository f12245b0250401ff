package ai.vobiz.domain.partner;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The result of a balance transfer (docs/api-digest.md §3.9): one {@code transaction_id} ties the partner's debit and the
 * customer's credit. Amounts and balances are exact decimals whether the API sent {@code 500} or {@code 500.00}.
 *
 * @param transactionId the ledger reference of both legs
 * @param fromAccount the partner's auth id
 * @param toAccount the customer's auth id
 * @param amount the amount moved
 * @param currency its currency
 * @param description the description written to the ledgers
 * @param status {@code completed} (transfers are atomic; no pending state is documented)
 * @param partnerBalanceAfter the partner's balance after the transfer
 * @param customerBalanceAfter the customer's wallet after the transfer
 * @param timestamp when it happened
 * @param raw the JSON object as received
 */
public record BalanceTransfer(
        @Nullable String transactionId,
        @Nullable String fromAccount,
        @Nullable String toAccount,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String description,
        @Nullable OpenEnum<TransferStatus> status,
        @Nullable BigDecimal partnerBalanceAfter,
        @Nullable BigDecimal customerBalanceAfter,
        @Nullable OffsetDateTime timestamp,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
