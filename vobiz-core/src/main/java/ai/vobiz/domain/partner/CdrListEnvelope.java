package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * What a CDR page's envelope says beside its rows and paging (docs/api-digest.md §3.12):
 * {@code page.envelope(CdrListEnvelope.class).summary()}.
 *
 * @param success always true on a 200
 * @param accountId the customer's auth ID (per-customer list only)
 * @param accountAuthId the same, again (per-customer list only)
 * @param count the number of rows in this page
 * @param summary totals over every matching row
 * @param raw the envelope as received
 */
public record CdrListEnvelope(
        @Nullable Boolean success,
        @Nullable String accountId,
        @Nullable String accountAuthId,
        @Nullable Integer count,
        @Nullable CdrSummary summary,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
