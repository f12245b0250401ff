package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/accounts/{customer_auth_id}/numbers} (docs/api-digest.md §3.15). Every field is
 * optional.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage numbers per page, 1 to 100 (API default 20)
 * @param search part of the number in E.164, such as {@code 8012}
 */
public record ListCustomerNumbersParams(
        @Nullable Integer page,
        @Nullable Integer perPage,
        @Nullable String search) {
    /** The documented largest page. */
    public static final int MAX_PER_PAGE = 100;

    public ListCustomerNumbersParams {
        Checks.paging(page, perPage, MAX_PER_PAGE);
    }

    /** No filter: the first page at the API's default size. */
    public static ListCustomerNumbersParams none() {
        return new ListCustomerNumbersParams(null, null, null);
    }

    /** The first page of numbers containing {@code search}. */
    public static ListCustomerNumbersParams search(@Nullable String search) {
        return new ListCustomerNumbersParams(null, null, search);
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
