package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/numbers}, every customer's numbers (docs/api-digest.md §3.16). Both optional.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage numbers per page, 1 to 100 (API default 20)
 */
public record ListPartnerNumbersParams(
        @Nullable Integer page, @Nullable Integer perPage) {

    public ListPartnerNumbersParams {
        Checks.paging(page, perPage, ListCustomerNumbersParams.MAX_PER_PAGE);
    }

    /** The first page at the API's default size. */
    public static ListPartnerNumbersParams none() {
        return new ListPartnerNumbersParams(null, null);
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
