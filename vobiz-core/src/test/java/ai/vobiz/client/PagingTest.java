package ai.vobiz.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.RawJson;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.error.ServerException;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.PagedIterable;
import ai.vobiz.paging.Paging;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pager against servers honest and dishonest, judged by the requests the server received: it follows the pages
 * to the last, and stops — without repeating an item — when a server repeats a page, serves an empty one, ignores
 * the page number, or lies about its total.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a looping pager fails, not hangs
class PagingTest {
    private static final Pattern PARAM = Pattern.compile("(?:^|&)(page|per_page|offset|limit)=(\\d+)");

    /** A server of {@code count} customers; {@code page} maps the requested page number to the one it serves. */
    static StubTransport customers(int count, @Nullable Long claimedTotal, IntFunction<Integer> page) {
        return new StubTransport(r -> {
            int requested = param(r, "page", 1);
            int size = param(r, "per_page", 20);
            int served = page.apply(requested);
            StringBuilder rows = new StringBuilder();
            for (int i = (served - 1) * size; i < Math.min(count, served * size); i++) {
                rows.append(rows.length() == 0 ? "" : ",")
                        .append("{\"auth_id\":\"MA_")
                        .append(i)
                        .append("\",\"cash_credits\":\"")
                        .append(i)
                        .append(".00000\"}");
            }
            String body = "{\"accounts\":[" + rows + "],\"total\":" + (claimedTotal != null ? claimedTotal : count)
                    + ",\"page\":" + served + ",\"size\":" + size + "}";
            return HttpResponse.of(200, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
        });
    }

    static int param(HttpRequest r, String name, int otherwise) {
        String q = r.uri().getRawQuery();
        if (q != null) {
            Matcher m = PARAM.matcher(q);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Integer.parseInt(m.group(2));
                }
            }
        }
        return otherwise;
    }

    static List<String> ids(Iterable<Customer> items) {
        List<String> out = new ArrayList<>();
        items.forEach(c -> out.add(c.authId()));
        return out;
    }

    static List<String> expected(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("MA_" + i);
        }
        return out;
    }

    static CustomersApi api(StubTransport t) {
        return new CustomersApi(InvokerTest.invoker(t));
    }

    @Test
    void followsEveryPageToTheLastOneAndNoFurther() {
        StubTransport server = customers(45, null, p -> p);
        PagedIterable<Customer> all = api(server).listAll(ListCustomersParams.none());
        assertThat(server.requests)
                .as("lazy: nothing is requested before iterating")
                .isEmpty();
        assertThat(ids(all)).isEqualTo(expected(0, 45));
        assertThat(server.requests).hasSize(3);
        assertThat(server.requests.stream().map(r -> r.uri().getRawQuery())).containsExactly(null, "page=2", "page=3");
    }

    @Test
    void keepsTheFiltersAndPageSizeOnEveryPage() {
        StubTransport server = customers(25, null, p -> p);
        ListCustomersParams params =
                ListCustomersParams.builder().perPage(10).search("acme").build();
        assertThat(api(server).listAll(params).stream().count()).isEqualTo(25);
        assertThat(server.requests.stream().map(r -> r.uri().getRawQuery()))
                .containsExactly(
                        "per_page=10&search=acme", "per_page=10&search=acme&page=2", "per_page=10&search=acme&page=3");
    }

    @Test
    void stopsWhenTheServerRepeatsAPage() {
        // Claims 1000 customers, but serves page 3 again for every page after it.
        StubTransport server = customers(45, 1000L, p -> Math.min(p, 3));
        assertThat(ids(api(server).listAll(ListCustomersParams.none()))).isEqualTo(expected(0, 45));
        assertThat(server.requests).hasSize(4);
    }

    @Test
    void stopsWhenTheServerIgnoresThePageNumber() {
        StubTransport server = customers(45, 1000L, p -> 1);
        assertThat(ids(api(server).listAll(ListCustomersParams.none()))).isEqualTo(expected(0, 20));
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void stopsAtAnEmptyPageWhateverTheTotalClaims() {
        StubTransport server = customers(40, 1000L, p -> p);
        assertThat(ids(api(server).listAll(ListCustomersParams.none()))).isEqualTo(expected(0, 40));
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void aTotalThatIsTooSmallEndsThePagingEarlyButNeverLoops() {
        StubTransport server = customers(45, 10L, p -> p);
        assertThat(ids(api(server).listAll(ListCustomersParams.none()))).isEqualTo(expected(0, 20));
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aLimitRequestsNoPageBeyondTheOneHoldingTheLastItem() {
        StubTransport server = customers(100, null, p -> p);
        assertThat(ids(api(server).listAll(ListCustomersParams.none()).limit(25)))
                .isEqualTo(expected(0, 25));
        assertThat(server.requests).hasSize(2);
        assertThat(api(server).listAll(ListCustomersParams.none()).limit(0).stream()
                        .count())
                .isZero();
        assertThatThrownBy(() -> api(server).listAll(ListCustomersParams.none()).limit(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachIteratorIsIndependent() {
        StubTransport server = customers(30, null, p -> p);
        PagedIterable<Customer> all = api(server).listAll(ListCustomersParams.none());
        Iterator<Customer> a = all.iterator();
        Iterator<Customer> b = all.iterator();
        List<String> fromA = new ArrayList<>();
        List<String> fromB = new ArrayList<>();
        while (a.hasNext() || b.hasNext()) {
            if (a.hasNext()) {
                fromA.add(a.next().authId());
            }
            if (b.hasNext()) {
                fromB.add(b.next().authId());
            }
        }
        assertThat(fromA).isEqualTo(expected(0, 30)).isEqualTo(fromB);
        assertThat(server.requests).hasSize(4);
    }

    @Test
    void aFailedPageEndsTheIterationWithItsTypedException() {
        StubTransport good = customers(45, null, p -> p);
        StubTransport server = new StubTransport(r -> param(r, "page", 1) == 2
                ? HttpResponse.of(503, HttpHeaders.empty(), "{\"error\":\"down\"}".getBytes(StandardCharsets.UTF_8))
                : good.send(r));
        Iterator<Customer> it = api(server).listAll(ListCustomersParams.none()).iterator();
        for (int i = 0; i < 20; i++) {
            assertThat(it.next().authId()).isEqualTo("MA_" + i);
        }
        assertThatThrownBy(it::hasNext)
                .isInstanceOfSatisfying(
                        ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void onePageAndItsNextPagesSyncAndAsync() {
        StubTransport server = customers(45, null, p -> p);
        Page<Customer> first = api(server).list(ListCustomersParams.none());
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).cashCredits()).isEqualTo(new BigDecimal("0.00000"));
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.perPage()).isEqualTo(20);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.raw().get("size")).isPresent();
        Page<Customer> second = first.nextPage();
        assertThat(second.page()).isEqualTo(2);
        Page<Customer> third = second.nextPageAsync().join();
        assertThat(third.items()).hasSize(5);
        assertThat(third.hasNext()).isFalse();
        assertThatThrownBy(third::nextPage).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(third.nextPageAsync()).isCompletedExceptionally();
        assertThat(ids(first.autoPaging())).isEqualTo(expected(0, 45));

        AsyncCustomersApi async = new AsyncCustomersApi(InvokerTest.invoker(server));
        Page<Customer> viaAsync = async.list(ListCustomersParams.none()).join();
        assertThat(viaAsync.nextPageAsync().join().items().get(0).authId()).isEqualTo("MA_20");
    }

    @Test
    void pageSizesAboveTheDocumentedMaximumAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ListCustomersParams.builder().perPage(101).build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("per_page"));
        assertThatThrownBy(() -> ListCustomersParams.builder().page(0).build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("page"));
        assertThat(ListCustomersParams.builder().perPage(100).build().perPage()).isEqualTo(100);
    }

    /** A CDR-shaped list ({@code data[]} and {@code pagination{…, has_next}}), as a declaration in a test. */
    record Row(String uuid, @Nullable RawJson raw) {}

    static final Endpoint<NoParams, Page<Row>> ROWS = Endpoint.get("rows", "/rows", CredentialScope.PARTNER)
            .paged(Row.class, Paging.CDRS)
            .cli("rows", "rows")
            .build();

    @Test
    void anExplicitHasNextIsBelievedUntilThePagesRepeat() {
        // has_next is always true and the server serves page 2's rows for every page after 2.
        StubTransport server = new StubTransport(r -> {
            int p = Math.min(param(r, "page", 1), 2);
            String body = "{\"success\":true,\"count\":2,\"data\":[{\"uuid\":\"u" + (2 * p - 1) + "\"},{\"uuid\":\"u"
                    + (2 * p) + "\"}],\"pagination\":{\"page\":" + p
                    + ",\"per_page\":2,\"total\":2,\"pages\":1,\"has_next\":true,\"has_prev\":false}}";
            return HttpResponse.of(200, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
        });
        ApiInvoker invoker = InvokerTest.invoker(server);
        List<String> uuids = new ArrayList<>();
        invoker.iterate(ROWS, NoParams.NONE).forEach(row -> uuids.add(row.uuid()));
        assertThat(uuids).containsExactly("u1", "u2", "u3", "u4");
        assertThat(server.requests).hasSize(3);
        Page<Row> first = invoker.call(ROWS, NoParams.NONE);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.totalPages()).isEqualTo(1);
        assertThat(first.hasNext()).as("has_next wins over total and pages").isTrue();
    }

    static final Endpoint<NoParams, Page<Row>> TRANSFERS = Endpoint.get("t", "/t", CredentialScope.PARTNER)
            .paged(Row.class, Paging.OFFSET_LIMIT)
            .cli("t", "t")
            .build();

    static final Endpoint<NoParams, Page<Row>> LEDGER = Endpoint.get("l", "/l", CredentialScope.PARTNER)
            .paged(Row.class, Paging.PARTNER_LEDGER)
            .cli("l", "l")
            .build();

    /** Limit/offset (capacity transfers): the next offset is this one plus the items received; a short page ends it. */
    @Test
    void offsetPagingAdvancesByTheItemsReceived() {
        StubTransport server = new StubTransport(r -> {
            int offset = param(r, "offset", 0);
            StringBuilder rows = new StringBuilder();
            for (int i = offset; i < Math.min(120, offset + 50); i++) {
                rows.append(rows.length() == 0 ? "" : ",")
                        .append("{\"uuid\":\"t")
                        .append(i)
                        .append("\"}");
            }
            return HttpResponse.of(
                    200, HttpHeaders.empty(), ("{\"transfers\":[" + rows + "]}").getBytes(StandardCharsets.UTF_8));
        });
        List<String> ids = new ArrayList<>();
        InvokerTest.invoker(server).iterate(TRANSFERS, NoParams.NONE).forEach(r -> ids.add(r.uuid()));
        assertThat(ids).hasSize(120).doesNotHaveDuplicates();
        assertThat(server.requests.stream().map(r -> r.uri().getRawQuery()))
                .containsExactly(null, "offset=50", "offset=100");
    }

    /** Page numbers with {@code total_pages} (the ledgers): the page count decides. */
    @Test
    void aPageCountEndsTheLedgerPaging() {
        StubTransport server = new StubTransport(r -> {
            int page = param(r, "page", 1);
            String body = "{\"transactions\":[{\"uuid\":\"x" + page + "\"}],\"total\":999,\"page\":" + page
                    + ",\"per_page\":1,\"total_pages\":3,\"summary\":{\"total_credit\":5}}";
            return HttpResponse.of(200, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
        });
        List<String> ids = new ArrayList<>();
        InvokerTest.invoker(server).iterate(LEDGER, NoParams.NONE).forEach(r -> ids.add(r.uuid()));
        assertThat(ids).containsExactly("x1", "x2", "x3");
        Page<Row> first = InvokerTest.invoker(server).call(LEDGER, NoParams.NONE);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.raw().get("summary").orElseThrow().get("total_credit").asInt())
                .isEqualTo(5);
    }
}
