package ai.vobiz.domain.partner;

/**
 * The direction of a partner-ledger row (docs/api-digest.md §3.10): {@code credit} or {@code debit}. Not the
 * vocabulary of the {@code transaction_type} filter ({@link TransactionType}), which names the cause (§5, item 35).
 */
public enum LedgerEntryType {
    CREDIT,
    DEBIT
}
