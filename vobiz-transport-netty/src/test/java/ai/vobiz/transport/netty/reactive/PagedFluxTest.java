package ai.vobiz.transport.netty.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.error.ServerException;
import ai.vobiz.paging.Page;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The {@code Flux} of a list, judged by the requests the server received: lazy, bounded, stops on a repeat. */
class PagedFluxTest {
    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

    /** A server of {@code count} customers, 20 a page; {@code serve} maps the page asked for to the page served. */
    static final class Server implements HttpTransport {
        final List<HttpRequest> requests = new CopyOnWriteArrayList<>();
        final int count;
        final IntUnaryOperator serve;
        final int failOnPage;

        Server(int count, IntUnaryOperator serve, int failOnPage) {
            this.count = count;
            this.serve = serve;
            this.failOnPage = failOnPage;
        }

        @Override
        public CompletableFuture<HttpResponse> sendAsync(HttpRequest r) {
            requests.add(r);
            String q = r.uri().getRawQuery();
            Matcher m = PAGE.matcher(q == null ? "" : q);
            int asked = m.find() ? Integer.parseInt(m.group(1)) : 1;
            if (asked == failOnPage) {
                return CompletableFuture.completedFuture(
                        HttpResponse.of(503, HttpHeaders.empty(), "{}".getBytes(StandardCharsets.UTF_8)));
            }
            int page = serve.applyAsInt(asked);
            StringBuilder rows = new StringBuilder();
            for (int i = (page - 1) * 20; i < Math.min(count, page * 20); i++) {
                rows.append(rows.length() == 0 ? "" : ",")
                        .append("{\"auth_id\":\"MA_")
                        .append(i)
                        .append("\"}");
            }
            String body = "{\"accounts\":[" + rows + "],\"total\":1000,\"page\":" + page + ",\"size\":20}";
            return CompletableFuture.completedFuture(
                    HttpResponse.of(200, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String name() {
            return "stub";
        }

        ReactiveCustomersApi customers() {
            return ReactiveVobizClient.create(VobizClient.builder()
                            .credentials("PA_FLUX", "flux-token")
                            .baseUrl("http://127.0.0.1:9/")
                            .transport(this))
                    .partner()
                    .customers();
        }
    }

    @Test
    void everyItemOfEveryPageOnDemandAndNothingBeforeSubscription() {
        Server server = new Server(45, p -> p, -1);
        PagedFlux<Customer> all = server.customers().listAll(ListCustomersParams.none());
        assertThat(server.requests).isEmpty();
        StepVerifier.create(all.map(Customer::authId)).expectNextCount(45).verifyComplete();
        // total claims 1000, but page 3 is short and page 4 empty: the flux ends there.
        assertThat(server.requests).hasSize(4);
        StepVerifier.create(server.customers()
                        .listAll(ListCustomersParams.none())
                        .byPage()
                        .map(Page::page))
                .expectNext(1, 2, 3, 4)
                .verifyComplete();
    }

    @Test
    void takeStopsTheRequests() {
        Server server = new Server(100, p -> p, -1);
        StepVerifier.create(
                        server.customers().listAll(ListCustomersParams.none()).take(5))
                .expectNextCount(5)
                .verifyComplete();
        assertThat(server.requests).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aServerThatRepeatsAPageCannotMakeItLoop() {
        Server server = new Server(1000, p -> Math.min(p, 2), -1);
        StepVerifier.create(server.customers().listAll(ListCustomersParams.none()))
                .expectNextCount(40)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void aFailedPageEndsTheFluxWithItsTypedError() {
        Server server = new Server(100, p -> p, 2);
        StepVerifier.create(server.customers().listAll(ListCustomersParams.none()))
                .expectNextCount(20)
                .expectError(ServerException.class)
                .verify(Duration.ofSeconds(10));
    }
}
