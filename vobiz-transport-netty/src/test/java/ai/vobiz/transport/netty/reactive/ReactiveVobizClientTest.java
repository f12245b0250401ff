package ai.vobiz.transport.netty.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ReactiveVobizClientTest {
    private static final String TOKEN = "reactive-test-token";

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        byte[] account;
        try (InputStream in = getClass().getResourceAsStream("/account-retrieve.json")) {
            account = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/auth/me", exchange -> {
            try (exchange) {
                hits.incrementAndGet();
                boolean authorised = TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Auth-Token"));
                byte[] body = authorised
                        ? account
                        : "{\"error\":\"unauthorized\",\"message\":\"invalid credentials\"}"
                                .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void retrievesTheAccountAsAMonoOnTheNettyTransport() {
        try (ReactiveVobizClient client = ReactiveVobizClient.create(
                VobizClient.builder().transport("netty").baseUrl(baseUrl()).credentials("MA_XXXXXXXX", TOKEN))) {
            Mono<Account> account = client.account().retrieve();
            assertThat(hits).hasValue(0); // cold: nothing is sent before subscription

            StepVerifier.create(account)
                    .assertNext(a -> {
                        assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
                        assertThat(a.name()).isEqualTo("Acme Corp");
                    })
                    .verifyComplete();
            assertThat(client.sync().invoker().transport().name()).isEqualTo("netty");
        }
    }

    @Test
    void errorStatusesBecomeTypedErrorsWithoutTheToken() {
        try (ReactiveVobizClient client = ReactiveVobizClient.create(VobizClient.builder()
                .transport("netty")
                .baseUrl(baseUrl())
                .credentials("MA_XXXXXXXX", "wrong-token-value"))) {
            StepVerifier.create(client.account().retrieve())
                    .expectErrorSatisfies(e -> assertThat(e)
                            .isInstanceOf(AuthenticationException.class)
                            .hasMessageNotContaining("wrong-token-value"))
                    .verify(Duration.ofSeconds(5));
        }
    }

    @Test
    void adaptsAnotherTransportAndCancelsItsFutureOnDispose() {
        CompletableFuture<HttpResponse> pending = new CompletableFuture<>();
        HttpTransport futureOnly = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                return pending;
            }
        };
        try (VobizClient sync = VobizClient.builder()
                        .transport(futureOnly)
                        .baseUrl(baseUrl())
                        .credentials("MA_XXXXXXXX", TOKEN)
                        .build();
                ReactiveVobizClient client = ReactiveVobizClient.wrap(sync)) {
            StepVerifier.create(client.account().retrieve())
                    .expectSubscription()
                    .thenCancel()
                    .verify(Duration.ofSeconds(5));
            assertThat(pending).isCancelled();
        }
    }

    @Test
    void wrapSharesTheClientAndLeavesItOpen() {
        try (VobizClient sync = VobizClient.builder()
                .transport("netty")
                .baseUrl(baseUrl())
                .credentials("MA_XXXXXXXX", TOKEN)
                .resilience(ResiliencePolicy.disabled())
                .build()) {
            ReactiveVobizClient.wrap(sync).close();

            StepVerifier.create(ReactiveVobizClient.wrap(sync).account().retrieve())
                    .assertNext(a -> assertThat(a.authId()).isEqualTo("MA_XXXXXXXX"))
                    .verifyComplete();
            assertThat(sync.account().retrieve().authId()).isEqualTo("MA_XXXXXXXX");
        }
    }
}
