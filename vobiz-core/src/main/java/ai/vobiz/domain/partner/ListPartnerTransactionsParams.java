package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/transactions}, the partner's global ledger (docs/api-digest.md §3.11): the
 * filters of the per-customer ledger plus {@code account} and {@code search}. Every field is optional; the filters are
 * AND-ed.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage rows per page, 1 to 200 (API default 20)
 * @param fromDate the first day, inclusive
 * @param toDate the last day, inclusive
 * @param transactionType only rows of this cause
 * @param account only this customer's rows (its auth id)
 * @param search a substring of the description, the reference, the account id or the account name
 */
public record ListPartnerTransactionsParams(
        @Nullable Integer page,
        @Nullable Integer perPage,
        @Nullable LocalDate fromDate,
        @Nullable LocalDate toDate,
        @Nullable TransactionType transactionType,
        @Nullable String account,
        @Nullable String search) {

    public ListPartnerTransactionsParams {
        Checks.paging(page, perPage, ListCustomerTransactionsParams.MAX_PER_PAGE);
    }

    /** No filter: the first page at the API's default size. */
    public static ListPartnerTransactionsParams none() {
        return new ListPartnerTransactionsParams(null, null, null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link ListPartnerTransactionsParams}; {@link #build()} checks the documented ranges. */
    public static final class Builder {
        private @Nullable Integer page;
        private @Nullable Integer perPage;
        private @Nullable LocalDate fromDate;
        private @Nullable LocalDate toDate;
        private @Nullable TransactionType transactionType;
        private @Nullable String account;
        private @Nullable String search;

        private Builder() {}

        public Builder page(@Nullable Integer page) {
            this.page = page;
            return this;
        }

        public Builder perPage(@Nullable Integer perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder fromDate(@Nullable LocalDate fromDate) {
            this.fromDate = fromDate;
            return this;
        }

        public Builder toDate(@Nullable LocalDate toDate) {
            this.toDate = toDate;
            return this;
        }

        public Builder transactionType(@Nullable TransactionType transactionType) {
            this.transactionType = transactionType;
            return this;
        }

        public Builder account(@Nullable String account) {
            this.account = account;
            return this;
        }

        public Builder search(@Nullable String search) {
            this.search = search;
            return this;
        }

        public ListPartnerTransactionsParams build() {
            return new ListPartnerTransactionsParams(page, perPage, fromDate, toDate, transactionType, account, search);
        }
    }
}
