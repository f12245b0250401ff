package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code summary} of a partner-ledger page (docs/api-digest.md §3.10): totals over every row the filters match,
 * not only the page's. Amounts are decoded exactly (the schema says integer).
 *
 * @param totalTransactions how many rows match
 * @param totalDebit the sum of their debits
 * @param totalCredit the sum of their credits
 * @param netAmount credits less debits
 * @param byReferenceType the same totals per reference type
 * @param raw the JSON object as received
 */
public record LedgerSummary(
        @Nullable Long totalTransactions,
        @Nullable BigDecimal totalDebit,
        @Nullable BigDecimal totalCredit,
        @Nullable BigDecimal netAmount,
        @Nullable List<ReferenceTypeTotal> byReferenceType,
        @Nullable RawJson raw) {

    /**
     * The totals of one reference type ({@code "unknown"} in the documented example).
     *
     * @param referenceType the reference type
     * @param totalDebit its debits
     * @param totalCredit its credits
     * @param count its rows
     * @param raw the JSON object as received
     */
    public record ReferenceTypeTotal(
            @Nullable String referenceType,
            @Nullable BigDecimal totalDebit,
            @Nullable BigDecimal totalCredit,
            @Nullable Long count,
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
