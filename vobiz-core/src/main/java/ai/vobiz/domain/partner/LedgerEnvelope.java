package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * What a partner-ledger page carries besides its rows and paging facts (docs/api-digest.md §3.10):
 * {@code page.envelope(LedgerEnvelope.class).summary()}.
 *
 * @param summary totals over every matching row
 * @param accountAuthId the customer whose ledger this is (the per-customer ledger only)
 * @param raw the whole envelope as received
 */
public record LedgerEnvelope(
        @Nullable LedgerSummary summary,
        @Nullable String accountAuthId,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
