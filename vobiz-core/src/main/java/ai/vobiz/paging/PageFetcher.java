package ai.vobiz.paging;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches another page of the same list with the same filters. The client supplies one to each page it returns; it is
 * the only thing a page needs from the client, so this package depends on nothing of it.
 *
 * @param <T> the item type
 */
public interface PageFetcher<T> {

    /** Fetches the page with this number (or offset, for offset-based lists). */
    Page<T> fetch(int pageOrOffset);

    /** Fetches it without blocking. */
    CompletableFuture<Page<T>> fetchAsync(int pageOrOffset);
}
