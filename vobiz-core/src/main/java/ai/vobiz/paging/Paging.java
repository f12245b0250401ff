package ai.vobiz.paging;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one list endpoint pages: the query parameters that pick a page, and where the response puts its items and its
 * paging facts. The API has no single scheme (docs/api-digest.md §1.3), so each list endpoint names one of the constants here;
 * the decoder, the pager and the fake server all read the same description.
 *
 * @param itemsField the envelope field holding the items array, such as {@code accounts}
 * @param pageParam the query parameter of the page number (1-based), or of the offset for {@link #offsetBased}
 * @param sizeParam the query parameter of the page size
 * @param defaultSize the documented default page size
 * @param maxSize the documented largest page size
 * @param within the envelope object holding the paging facts ({@code pagination} for CDRs), or null: top level
 * @param pageField where the response echoes the page number, or null
 * @param sizeField where the response echoes the page size, or null
 * @param totalField where the response gives the total item count, or null
 * @param pagesField where the response gives the page count, or null
 * @param hasNextField where the response says whether another page follows, or null
 * @param offsetBased whether {@code pageParam} is an item offset ({@code limit}/{@code offset}) instead of a page number
 */
public record Paging(
        String itemsField,
        String pageParam,
        String sizeParam,
        int defaultSize,
        int maxSize,
        @Nullable String within,
        @Nullable String pageField,
        @Nullable String sizeField,
        @Nullable String totalField,
        @Nullable String pagesField,
        @Nullable String hasNextField,
        boolean offsetBased) {

    /** {@code GET /partner/accounts}: {@code page}, {@code per_page} (20, max 100); echoes {@code total, page, size}. */
    public static final Paging PARTNER_CUSTOMERS =
            new Paging("accounts", "page", "per_page", 20, 100, null, "page", "size", "total", null, null, false);

    /**
     * Partner ledgers ({@code /partner/accounts/{id}/transactions}, {@code /partner/transactions}): {@code page},
     * {@code per_page} (20, max 200); echoes {@code total, page, per_page, total_pages}.
     */
    public static final Paging PARTNER_LEDGER = new Paging(
            "transactions", "page", "per_page", 20, 200, null, "page", "per_page", "total", "total_pages", null, false);

    /** Account ledger ({@code /Account/{id}/transactions}): as the partner ledger, default 50, max 1000. */
    public static final Paging ACCOUNT_LEDGER = new Paging(
            "transactions",
            "page",
            "per_page",
            50,
            1000,
            null,
            "page",
            "per_page",
            "total",
            "total_pages",
            null,
            false);

    /** CDRs: {@code page}, {@code per_page} (20, max 100); {@code data[]} and {@code pagination{…, has_next}}. */
    public static final Paging CDRS = new Paging(
            "data", "page", "per_page", 20, 100, "pagination", "page", "per_page", "total", "pages", "has_next", false);

    /** Numbers (DIDs): {@code page}, {@code per_page} (20, max 100); {@code items[]}, echoes {@code page, per_page, total}. */
    public static final Paging NUMBERS =
            new Paging("items", "page", "per_page", 20, 100, null, "page", "per_page", "total", null, null, false);

    /** KYC sessions: {@code page}, {@code size} (20); echoes {@code total, page, size}. */
    public static final Paging KYC_SESSIONS =
            new Paging("sessions", "page", "size", 20, 100, null, "page", "size", "total", null, null, false);

    /** Capacity transfers: {@code limit} (50, 1–200) and {@code offset}, newest first; no paging facts documented. */
    public static final Paging OFFSET_LIMIT =
            new Paging("transfers", "offset", "limit", 50, 200, null, null, null, null, null, null, true);

    public Paging {
        Objects.requireNonNull(itemsField, "itemsField");
        Objects.requireNonNull(pageParam, "pageParam");
        Objects.requireNonNull(sizeParam, "sizeParam");
        if (defaultSize < 1 || maxSize < defaultSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= default <= max");
        }
    }

    /** The first page's number: 1, or offset 0. */
    public int firstPage() {
        return offsetBased ? 0 : 1;
    }
}
