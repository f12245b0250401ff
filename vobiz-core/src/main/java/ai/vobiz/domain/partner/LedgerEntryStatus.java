package ai.vobiz.domain.partner;

/** The documented states of a partner-ledger row (docs/api-digest.md §3.10): {@code completed}. */
public enum LedgerEntryStatus {
    COMPLETED
}
