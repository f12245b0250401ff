package ai.vobiz.domain.partner;

/**
 * The {@code transaction_type} filter of the partner ledgers (docs/api-digest.md §3.10): what caused a row. A
 * {@link #RECHARGE} or {@link #REFUND} is a credit; {@link #DEBIT} is usage (calls, number rental); a {@link #TRANSFER}
 * is a partner-to-customer balance transfer (a credit on the customer, a debit on the partner).
 */
public enum TransactionType {
    RECHARGE,
    DEBIT,
    REFUND,
    TRANSFER
}
