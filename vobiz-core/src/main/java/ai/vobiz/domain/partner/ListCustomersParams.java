package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/accounts} (docs/api-digest.md §3.6). Every field is optional.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage items per page, 1 to 100 (API default 20)
 * @param search a substring of the customer's name or email
 */
public record ListCustomersParams(
        @Nullable Integer page,
        @Nullable Integer perPage,
        @Nullable String search) {
    /** The documented largest page. */
    public static final int MAX_PER_PAGE = 100;

    public ListCustomersParams {
        Checks.paging(page, perPage, MAX_PER_PAGE);
    }

    /** No filter: the first page at the API's default size. */
    public static ListCustomersParams none() {
        return new ListCustomersParams(null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder().page(page).perPage(perPage).search(search);
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link ListCustomersParams}; {@link #build()} checks the documented ranges. */
    public static final class Builder {
        private @Nullable Integer page;
        private @Nullable Integer perPage;
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

        public Builder search(@Nullable String search) {
            this.search = search;
            return this;
        }

        public ListCustomersParams build() {
            return new ListCustomersParams(page, perPage, search);
        }
    }
}
