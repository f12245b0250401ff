package ai.vobiz.transport.netty.reactive;

import ai.vobiz.paging.Page;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every item of a list as a {@link Flux}, fetched page by page as the subscriber asks for more: at most one page is
 * requested ahead of what was consumed. Each subscription starts from the first page again. It ends after the last
 * page, or when the server serves a page it served before (so a server that never says "last page" cannot make it
 * loop); a failed page ends it with that page's {@link ai.vobiz.error.VobizException}. {@code take(n)} stops the
 * requests too.
 *
 * <pre>{@code
 * Flux<Customer> all = vobiz.partner().customers().listAll(ListCustomersParams.none());
 * Flux<Page<Customer>> pages = vobiz.partner().customers().listAll(ListCustomersParams.none()).byPage();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedFlux<T> extends Flux<T> {
    private final Supplier<Mono<Page<T>>> first;

    PagedFlux(Supplier<Mono<Page<T>>> first) {
        this.first = Objects.requireNonNull(first, "first");
    }

    /** The pages themselves, until the last (or a repeat). */
    public Flux<Page<T>> byPage() {
        return Flux.defer(() -> {
            Set<Long> seen = new HashSet<>();
            return first.get()
                    .expand(page -> page.hasNext() ? Mono.fromFuture(page::nextPageAsync, true) : Mono.empty())
                    .takeWhile(
                            page -> seen.add(page.fingerprint()) || page.items().isEmpty());
        });
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        byPage().concatMapIterable(Page::items).subscribe(actual);
    }
}
