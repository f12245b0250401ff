package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/accounts/{customer_auth_id}/transactions} (docs/api-digest.md §3.10). Every
 * field is optional; the filters are AND-ed.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage rows per page, 1 to 200 (API default 20; the API answers 422 above 200)
 * @param fromDate the first day, inclusive ({@code YYYY-MM-DD})
 * @param toDate the last day, inclusive
 * @param transactionType only rows of this cause
 */
public record ListCustomerTransactionsParams(
        @Nullable Integer page,
        @Nullable Integer perPage,
        @Nullable LocalDate fromDate,
        @Nullable LocalDate toDate,
        @Nullable TransactionType transactionType) {
    /** The documented largest page (docs/api-digest.md §1.3). */
    public static final int MAX_PER_PAGE = 200;

    public ListCustomerTransactionsParams {
        Checks.paging(page, perPage, MAX_PER_PAGE);
    }

    /** No filter: the first page at the API's default size. */
    public static ListCustomerTransactionsParams none() {
        return new ListCustomerTransactionsParams(null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link ListCustomerTransactionsParams}; {@link #build()} checks the documented ranges. */
    public static final class Builder {
        private @Nullable Integer page;
        private @Nullable Integer perPage;
        private @Nullable LocalDate fromDate;
        private @Nullable LocalDate toDate;
        private @Nullable TransactionType transactionType;

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

        public ListCustomerTransactionsParams build() {
            return new ListCustomerTransactionsParams(page, perPage, fromDate, toDate, transactionType);
        }
    }
}
