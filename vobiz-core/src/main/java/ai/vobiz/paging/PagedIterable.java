package ai.vobiz.paging;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, fetched page by page as iteration reaches it: one page in memory at a time. Each
 * {@link #iterator()} (and each {@link #stream()}) is independent and starts from the first page again. A failed page
 * request ends the iteration by throwing its exception (a {@link ai.vobiz.error.VobizException}) with its cause kept.
 * Iteration stops at the last page, at {@link #limit(long)} items, or when the server serves a page it served before
 * (so a server that never says "last page" cannot make it loop or repeat items).
 *
 * <pre>{@code
 * for (Customer c : client.partner().customers().listAll(ListCustomersParams.builder().search("acme").build())) { ... }
 * long n = client.partner().customers().listAll(ListCustomersParams.none()).limit(500).stream().count();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Supplier<Page<T>> first;
    private final long limit;

    private PagedIterable(Supplier<Page<T>> first, long limit) {
        this.first = first;
        this.limit = limit;
    }

    /** The items of the pages from {@code first} on; the supplier runs once per iteration, when it starts. */
    public static <T> PagedIterable<T> of(Supplier<Page<T>> first) {
        return new PagedIterable<>(Objects.requireNonNull(first, "first"), Long.MAX_VALUE);
    }

    /** The items of a page already fetched and of every page after it. */
    static <T> PagedIterable<T> startingWith(Page<T> page) {
        return of(() -> page);
    }

    /** At most {@code maxItems} items (no page is requested beyond the one that holds the last of them). */
    public PagedIterable<T> limit(long maxItems) {
        if (maxItems < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + maxItems);
        }
        return new PagedIterable<>(first, Math.min(limit, maxItems));
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(new PageIterator<>(first), limit);
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The pages themselves, fetched as iteration reaches them. */
    public Iterable<Page<T>> byPage() {
        return () -> new PageIterator<>(first);
    }

    /** Pages until the last, or until one repeats an earlier page. */
    private static final class PageIterator<T> implements Iterator<Page<T>> {
        private final Supplier<Page<T>> first;
        private final Set<Long> seen = new HashSet<>();
        private Page<T> current;
        private boolean started;
        private boolean done;

        PageIterator(Supplier<Page<T>> first) {
            this.first = first;
        }

        @Override
        public boolean hasNext() {
            if (done) {
                return false;
            }
            if (current != null && !started) {
                return true;
            }
            Page<T> next;
            if (current == null) {
                next = first.get();
            } else if (!current.hasNext()) {
                done = true;
                return false;
            } else {
                next = current.nextPage();
            }
            if (!seen.add(next.fingerprint()) && !next.items().isEmpty()) {
                done = true; // the server served this page before: stop rather than repeat its items
                return false;
            }
            current = next;
            started = false;
            return true;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            started = true;
            return current;
        }
    }

    private static final class ItemIterator<T> implements Iterator<T> {
        private final PageIterator<T> pages;
        private final long limit;
        private Iterator<T> items = java.util.Collections.emptyIterator();
        private long returned;

        ItemIterator(PageIterator<T> pages, long limit) {
            this.pages = pages;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            if (returned >= limit) {
                return false;
            }
            while (!items.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                items = pages.next().items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            returned++;
            return items.next();
        }
    }
}
