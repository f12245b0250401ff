package ai.vobiz.paging;

import ai.vobiz.domain.RawJson;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list endpoint: its items, the paging facts the response gave, and the way to the next page with the
 * same filters. Immutable; {@link #nextPage()} fetches a new page and leaves this one as it is.
 *
 * <p>Whether another page follows is decided from what the response says, in this order: an empty page is the last;
 * an explicit {@code has_next} is believed; else the page count; else the total item count; else a full page means
 * there may be more. The auto-pagers ({@link PagedIterable}, and the Netty module's {@code PagedFlux}) also stop when
 * a server serves a page it served before, so a server that never says "last page" cannot make them loop.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> items;
    private final Paging paging;
    private final int number;
    private final @Nullable Integer echoedPage;
    private final @Nullable Integer perPage;
    private final @Nullable Long total;
    private final @Nullable Integer totalPages;
    private final @Nullable Boolean hasNextFlag;
    private final RawJson raw;
    private final long fingerprint;
    private final @Nullable PageFetcher<T> fetcher;
    private final boolean hasNext;
    private final @Nullable Function<Class<? extends Record>, ? extends Record> envelopeDecoder;

    private Page(Builder<T> b, int number, int requestedSize, @Nullable PageFetcher<T> fetcher) {
        this.items = List.copyOf(b.items);
        this.paging = b.paging;
        this.echoedPage = b.page;
        this.perPage = b.perPage;
        this.total = b.total;
        this.totalPages = b.totalPages;
        this.hasNextFlag = b.hasNext;
        this.raw = b.raw;
        this.fingerprint = b.fingerprint;
        this.envelopeDecoder = b.envelopeDecoder;
        this.number = number;
        this.fetcher = fetcher;
        this.hasNext = decideHasNext(requestedSize);
    }

    /** A page as decoded, before the client attaches its fetcher; for the SDK's decoder and for tests. */
    public static <T> Builder<T> builder(Paging paging, List<T> items, RawJson raw) {
        return new Builder<>(paging, items, raw);
    }

    private boolean decideHasNext(int requestedSize) {
        if (items.isEmpty()) {
            return false;
        }
        if (hasNextFlag != null) {
            return hasNextFlag;
        }
        if (totalPages != null && !paging.offsetBased()) {
            return number < totalPages;
        }
        int size = perPage != null && perPage > 0 ? perPage : requestedSize;
        if (total != null) {
            long consumed =
                    paging.offsetBased() ? (long) number + items.size() : (long) (number - 1) * size + items.size();
            return consumed < total;
        }
        return items.size() >= size;
    }

    /** The items of this page, in the order received. */
    public List<T> items() {
        return items;
    }

    /** The page number requested (1-based), or the offset for offset-based lists. */
    public int page() {
        return number;
    }

    /** The page number the server echoed, or null when it did not say. */
    public @Nullable Integer echoedPage() {
        return echoedPage;
    }

    /** The page size the server echoed ({@code per_page} or {@code size}), or null when it did not say. */
    public @Nullable Integer perPage() {
        return perPage;
    }

    /** The total number of items across all pages, as the server reported it, or null. */
    public @Nullable Long total() {
        return total;
    }

    /** The number of pages, as the server reported it, or null. */
    public @Nullable Integer totalPages() {
        return totalPages;
    }

    /** Whether another page follows (see the class comment for how this is decided). */
    public boolean hasNext() {
        return hasNext && fetcher != null;
    }

    /** The whole envelope as received, for its fields the SDK does not model (a list's {@code summary}). */
    public RawJson raw() {
        return raw;
    }

    /**
     * The envelope decoded as a record of the caller's choice: its components name the envelope's fields by the
     * SDK's naming rule ({@code accountAuthId} reads {@code account_auth_id}), so a list's extra fields (a ledger's
     * {@code summary}, a CDR list's {@code summary}) are typed without a page subtype:
     * {@code page.envelope(LedgerEnvelope.class).summary()}. Fields the record does not name are skipped; decoded
     * on each call.
     *
     * @throws ai.vobiz.error.DecodingException when the envelope does not fit the record
     * @throws IllegalStateException for a page not decoded from a response body
     */
    public <R extends Record> R envelope(Class<R> type) {
        Objects.requireNonNull(type, "type");
        if (envelopeDecoder == null) {
            throw new IllegalStateException("this page was not decoded from a response body");
        }
        return type.cast(envelopeDecoder.apply(type));
    }

    /** The paging scheme of the list. */
    public Paging paging() {
        return paging;
    }

    /** A hash of the items as received: equal for a page served again (auto-pagers stop on a repeat). */
    public long fingerprint() {
        return fingerprint;
    }

    /** The number (or offset) of the page after this one. */
    int nextNumber() {
        return paging.offsetBased() ? number + items.size() : number + 1;
    }

    /**
     * Fetches the next page with the same filters (blocking).
     *
     * @throws NoSuchElementException when {@link #hasNext()} is false
     */
    public Page<T> nextPage() {
        requireNext();
        return fetcher.fetch(nextNumber());
    }

    /** Fetches the next page without blocking; the future fails with {@link NoSuchElementException} after the last. */
    public CompletableFuture<Page<T>> nextPageAsync() {
        if (!hasNext()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("this is the last page"));
        }
        return fetcher.fetchAsync(nextNumber());
    }

    /** This page and every one after it, one page in memory at a time. */
    public PagedIterable<T> autoPaging() {
        return PagedIterable.startingWith(this);
    }

    private void requireNext() {
        if (!hasNext()) {
            throw new NoSuchElementException("this is the last page");
        }
    }

    /**
     * This page, attached to the client that fetched it: {@code number} and {@code requestedSize} are what was asked
     * for (the size is the documented default when the caller did not choose one).
     */
    public Page<T> attach(PageFetcher<T> fetcher, int number, int requestedSize) {
        return new Page<>(toBuilder(), number, requestedSize, Objects.requireNonNull(fetcher, "fetcher"));
    }

    private Builder<T> toBuilder() {
        Builder<T> b = new Builder<>(paging, items, raw);
        b.page = echoedPage;
        b.perPage = perPage;
        b.total = total;
        b.totalPages = totalPages;
        b.hasNext = hasNextFlag;
        b.fingerprint = fingerprint;
        b.envelopeDecoder = envelopeDecoder;
        return b;
    }

    @Override
    public String toString() {
        return "Page{page=" + number + ", items=" + items.size() + ", perPage=" + perPage + ", total=" + total
                + ", hasNext=" + hasNext() + "}";
    }

    /** The paging facts of a decoded envelope. */
    public static final class Builder<T> {
        private final Paging paging;
        private final List<T> items;
        private final RawJson raw;
        private @Nullable Integer page;
        private @Nullable Integer perPage;
        private @Nullable Long total;
        private @Nullable Integer totalPages;
        private @Nullable Boolean hasNext;
        private long fingerprint;
        private @Nullable Function<Class<? extends Record>, ? extends Record> envelopeDecoder;

        private Builder(Paging paging, List<T> items, RawJson raw) {
            this.paging = Objects.requireNonNull(paging, "paging");
            this.items = Objects.requireNonNull(items, "items");
            this.raw = Objects.requireNonNull(raw, "raw");
        }

        public Builder<T> echoed(@Nullable Integer page, @Nullable Integer perPage) {
            this.page = page;
            this.perPage = perPage;
            return this;
        }

        public Builder<T> totals(@Nullable Long total, @Nullable Integer totalPages, @Nullable Boolean hasNext) {
            this.total = total;
            this.totalPages = totalPages;
            this.hasNext = hasNext;
            return this;
        }

        public Builder<T> fingerprint(long fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /** How {@link Page#envelope(Class)} decodes the envelope as a record type (set by the SDK's decoder). */
        public Builder<T> envelopeDecoder(Function<Class<? extends Record>, ? extends Record> decoder) {
            this.envelopeDecoder = Objects.requireNonNull(decoder, "decoder");
            return this;
        }

        /** The page as decoded, not attached to a client: {@link Page#hasNext()} is false until attached. */
        public Page<T> build() {
            int number = page != null ? page : paging.firstPage();
            return new Page<>(this, number, paging.defaultSize(), null);
        }
    }
}
