package ai.vobiz.transport.netty;

import static ai.vobiz.transport.netty.LocalServer.ok;
import static ai.vobiz.transport.netty.LocalServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.TransportOptions;
import io.netty.channel.DefaultEventLoopGroup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.test.StepVerifier;

class NettyTransportTest {
    private static final RetryPolicy FAST_RETRY = RetryPolicy.custom()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build();
    private static final TransportOptions OPTIONS = TransportOptions.builder()
            .resilience(ResiliencePolicy.custom()
                    .retry(FAST_RETRY)
                    .circuitBreaker(CircuitBreakerPolicy.disabled())
                    .build())
            .readTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(10))
            .build();

    private LocalServer server;
    private NettyTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        transport = NettyTransport.builder().options(OPTIONS).build();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private HttpRequest get(String path) {
        return HttpRequest.builder()
                .uri(server.uri(path))
                .header("X-Auth-ID", "MA_TEST")
                .header("X-Auth-Token", "s3cret-token")
                .build();
    }

    @Test
    void sendsHeadersAndReturnsStatusHeadersAndBody() {
        server.then(status(200, Map.of("X-Custom", "yes", "Content-Type", "application/json"), "{\"a\":1}"));

        HttpResponse response = transport.send(get("/api/v1/auth/me"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("{\"a\":1}");
        assertThat(response.headers().firstValue("x-custom")).contains("yes");
        LocalServer.Received r = server.received().get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.headers().get("X-auth-token")).containsExactly("s3cret-token");
    }

    @Test
    void postsTheBodyWithItsLength() {
        HttpRequest post = get("/__test/echo")
                .newBuilder()
                .method(HttpMethod.POST)
                .header("Content-Type", "application/json")
                .body("{\"x\":\"é\"}")
                .build();

        assertThat(transport.sendAsync(post).join().status()).isEqualTo(200);

        LocalServer.Received r = server.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":\"é\"}");
        assertThat(r.headers().get("Content-length")).containsExactly(String.valueOf(post.body().length));
    }

    @Test
    void errorStatusesAndRedirectsCompleteNormallyWithoutFollowing() {
        server.then(status(302, Map.of("Location", server.uri("/elsewhere").toString()), ""))
                .then(status(404, Map.of(), "{\"error\":\"not_found\"}"));

        assertThat(transport.send(get("/a")).status()).isEqualTo(302);
        assertThat(transport.send(get("/b")).status()).isEqualTo(404);
        assertThat(server.received()).extracting(LocalServer.Received::path).containsExactly("/a", "/b");
    }

    @Test
    void retriesRetryableStatusesAndReturnsTheLastResponse() {
        server.always(status(503, Map.of(), "busy"));
        List<String> events = new CopyOnWriteArrayList<>();
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder().events(recorder(events)).build())
                .build()) {
            HttpResponse response = t.send(get("/x"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(server.received()).hasSize(3);
            assertThat(events)
                    .containsExactly(
                            "start 1",
                            "response 1 503",
                            "retry 2 HTTP 503",
                            "start 2",
                            "response 2 503",
                            "retry 3 HTTP 503",
                            "start 3",
                            "response 3 503");
        }
    }

    /** Judged by the server: the retry arrives a second after the first request, not after the 1-5 ms backoff. */
    @Test
    void honoursRetryAfterAndSucceeds() {
        server.then(status(429, Map.of("Retry-After", "1"), "slow down"), ok("{}"));

        assertThat(transport.send(get("/x")).status()).isEqualTo(200);
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).sinceReceiptOf(server.received().get(0)))
                .isBetween(Duration.ofMillis(995), Duration.ofMillis(1900));
    }

    @Test
    void givesUpWhenRetryAfterExceedsTheCap() {
        server.then(status(503, Map.of("Retry-After", "3600"), "later"), ok("{}"));

        assertThat(transport.send(get("/x")).status()).isEqualTo(503);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void neverResendsANonIdempotentRequest() {
        server.always(status(503, Map.of(), "busy"));
        // newBuilder() keeps the GET's idempotency: state it, as core does for a money-moving POST.
        HttpRequest post = get("/pay")
                .newBuilder()
                .method(HttpMethod.POST)
                .idempotent(false)
                .body("{}")
                .build();

        assertThat(transport.send(post).status()).isEqualTo(503);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void refusedConnectionIsConnectFailed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpRequest request = HttpRequest.builder()
                .uri(URI.create("http://127.0.0.1:" + port + "/x"))
                .header("X-Auth-Token", "s3cret-token")
                .build();

        assertThatThrownBy(() -> transport.send(request))
                .isInstanceOf(ConnectFailedException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageNotContaining("s3cret-token");
    }

    @Test
    void silenceBeyondTheReadTimeoutIsAReadTimeout() {
        server.always(server.hang());
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder()
                        .readTimeout(Duration.ofMillis(200))
                        .resilience(ResiliencePolicy.disabled())
                        .build())
                .build()) {
            assertThatThrownBy(() -> t.send(get("/slow")))
                    .isInstanceOfSatisfying(
                            TimeoutExceededException.class,
                            e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
        }
    }

    /** sendAsync runs the call in one subscriber; exchange() composes operators: both must apply the deadline. */
    @ParameterizedTest
    @ValueSource(strings = {"send", "exchange"})
    void theCallTimeoutBoundsAllAttempts(String api) {
        server.always(server.hang());
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder()
                        .readTimeout(Duration.ofSeconds(5))
                        .callTimeout(Duration.ofMillis(300))
                        .build())
                .build()) {
            assertThatThrownBy(() -> {
                        if (api.equals("send")) {
                            t.send(get("/slow"));
                        } else {
                            t.exchange(get("/slow")).block(Duration.ofSeconds(5));
                        }
                    })
                    .isInstanceOfSatisfying(
                            TimeoutExceededException.class,
                            e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CALL));
        }
    }

    @Test
    void theReactiveExchangeCompletesWithAnyStatus() {
        server.always(status(404, Map.of(), "{}"));
        assertThat(transport
                        .exchange(get("/missing"))
                        .block(Duration.ofSeconds(5))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void declaredOversizedBodyIsRefused() {
        server.then(status(200, Map.of(), "x".repeat(2048)));
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder().maxResponseBytes(1024).build())
                .build()) {
            assertThatThrownBy(() -> t.send(get("/big")))
                    .isInstanceOfSatisfying(
                            ResponseTooLargeException.class,
                            e -> assertThat(e.limitBytes()).isEqualTo(1024));
        }
    }

    @Test
    void aHeadResponseIsNotJudgedByTheLengthItDeclares() {
        server.then(exchange -> {
            exchange.getResponseHeaders().add("Content-Length", "4096");
            exchange.sendResponseHeaders(200, -1);
        });
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder().maxResponseBytes(1024).build())
                .build()) {
            HttpResponse response =
                    t.send(get("/big").newBuilder().method(HttpMethod.HEAD).build());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
        }
    }

    @Test
    void streamedOversizedBodyIsAbandoned() {
        server.then(LocalServer.chunked(1 << 20));
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder().maxResponseBytes(64 * 1024).build())
                .build()) {
            assertThatThrownBy(() -> t.send(get("/big"))).isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void closedConnectionWithoutResponseIsNetworkIO() {
        server.then(exchange -> exchange.close());
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder()
                        .resilience(ResiliencePolicy.disabled())
                        .build())
                .build()) {
            assertThatThrownBy(() -> t.send(get("/x"))).isInstanceOf(NetworkIOException.class);
        }
    }

    @Test
    void truncatedBodyIsNetworkIO() {
        server.then(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            // Closing the connection with 990 bytes still owed.
            exchange.getHttpContext().getServer().stop(0);
        });
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder()
                        .resilience(ResiliencePolicy.disabled())
                        .build())
                .build()) {
            assertThatThrownBy(() -> t.send(get("/x"))).isInstanceOf(NetworkIOException.class);
        }
    }

    @Test
    void breakerOpensAfterFailuresAndRejectsFast() {
        server.always(status(500, Map.of(), "boom"));
        List<String> transitions = new CopyOnWriteArrayList<>();
        TransportEvents events = new TransportEvents() {
            @Override
            public void circuitStateChanged(String from, String to) {
                transitions.add(from + "->" + to);
            }
        };
        CircuitBreakerPolicy breaker = CircuitBreakerPolicy.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .build();
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS.newBuilder()
                        .events(events)
                        .resilience(ResiliencePolicy.custom()
                                .retry(RetryPolicy.disabled())
                                .circuitBreaker(breaker)
                                .build())
                        .build())
                .build()) {
            for (int i = 0; i < 4; i++) {
                assertThat(t.send(get("/x")).status()).isEqualTo(500);
            }
            assertThatThrownBy(() -> t.send(get("/x")))
                    .isInstanceOfSatisfying(
                            CircuitOpenException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(breaker.waitDurationInOpenState()));
            assertThat(server.received()).hasSize(4);
            assertThat(transitions).containsExactly("CLOSED->OPEN");
        }
    }

    @Test
    void blockingSendIsRefusedOnAnEventLoopThread() {
        Mono<HttpResponse> nested = transport.exchange(get("/first")).map(first -> transport.send(get("/second")));

        StepVerifier.create(nested)
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("event-loop")
                        .hasMessageContaining("sendAsync"))
                .verify(Duration.ofSeconds(5));
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void blockingSendIsRefusedOnAPlainNettyEventLoopToo() throws Exception {
        DefaultEventLoopGroup group = new DefaultEventLoopGroup(1);
        try {
            var attempt = group.next().submit(() -> transport.send(get("/x")));

            assertThat(attempt.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(attempt.cause())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("event-loop");
            assertThat(server.received()).isEmpty();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    @Test
    void cancellingTheFutureAbortsTheExchangeAndClosesTheConnection() throws Exception {
        assertAbortClosesTheConnection(t -> {
            var future = t.sendAsync(get("/slow"));
            return () -> {
                assertThat(future.cancel(true)).isTrue();
                assertThat(future).isCancelled();
            };
        });
    }

    @Test
    void disposingTheSubscriptionAbortsTheExchangeAndClosesTheConnection() throws Exception {
        assertAbortClosesTheConnection(t -> t.exchange(get("/slow")).subscribe()::dispose);
    }

    /** Starts a call the server holds, aborts it, and expects its connection to be closed. */
    private void assertAbortClosesTheConnection(java.util.function.Function<NettyTransport, Runnable> startCall)
            throws Exception {
        server.always(server.hang());
        CountDownLatch connected = new CountDownLatch(1);
        CountDownLatch disconnected = new CountDownLatch(1);
        LoopResources loops = LoopResources.create("test-cancel", 1, true);
        ConnectionProvider pool = ConnectionProvider.create("test-cancel", 4);
        try {
            HttpClient custom = HttpClient.create(pool)
                    .runOn(loops)
                    .doOnConnected(c -> connected.countDown())
                    .doOnDisconnected(c -> disconnected.countDown());
            try (NettyTransport t =
                    NettyTransport.builder().options(OPTIONS).httpClient(custom).build()) {
                Runnable abort = startCall.apply(t);
                assertThat(connected.await(5, TimeUnit.SECONDS)).isTrue();

                abort.run();

                assertThat(disconnected.await(5, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.disposeLater().block(Duration.ofSeconds(5));
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
        }
    }

    @Test
    void userSuppliedResourcesAreUsedAndLeftOpen() {
        LoopResources loops = LoopResources.create("test-user-loops", 1, true);
        ConnectionProvider pool = ConnectionProvider.create("test-user-pool", 2);
        try {
            NettyTransport t = NettyTransport.builder()
                    .options(OPTIONS)
                    .connectionProvider(pool)
                    .loopResources(loops)
                    .build();
            assertThat(t.send(get("/x")).status()).isEqualTo(200);
            t.close();

            assertThat(pool.isDisposed()).isFalse();
            assertThat(loops.isDisposed()).isFalse();
            assertThat(threadsNamed("test-user-loops")).isPositive();
            // Still usable by its owner after the transport is gone.
            try (NettyTransport again = NettyTransport.builder()
                    .options(OPTIONS)
                    .connectionProvider(pool)
                    .loopResources(loops)
                    .build()) {
                assertThat(again.send(get("/y")).status()).isEqualTo(200);
            }
        } finally {
            pool.disposeLater().block(Duration.ofSeconds(5));
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
        }
    }

    @Test
    void aUserHttpClientCannotTurnRedirectsOrRetriesBackOn() {
        server.then(status(301, Map.of("Location", server.uri("/moved").toString()), ""));
        LoopResources loops = LoopResources.create("test-redirect", 1, true);
        try (NettyTransport t = NettyTransport.builder()
                .options(OPTIONS)
                .httpClient(HttpClient.create().runOn(loops).followRedirect(true))
                .build()) {
            assertThat(t.send(get("/old")).status()).isEqualTo(301);
            assertThat(server.received()).extracting(LocalServer.Received::path).containsExactly("/old");
        } finally {
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
        }
    }

    @Test
    void closeLeavesNoTransportThreadAndRefusesLaterCalls() {
        NettyTransport t = NettyTransport.builder()
                .options(OPTIONS)
                .threadNamePrefix("vobiz-close-test")
                .eventLoopThreads(2)
                .build();
        assertThat(t.send(get("/x")).status()).isEqualTo(200);
        assertThat(threadsNamed("vobiz-close-test")).isPositive();

        t.close();
        t.close();

        assertThat(threadsNamed("vobiz-close-test")).isZero();
        assertThatThrownBy(() -> t.send(get("/x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void isFoundByTheServiceLoaderUnderItsName() {
        HttpTransportProvider provider = HttpTransportProvider.named("netty");
        assertThat(provider).isInstanceOf(NettyTransportProvider.class);
        try (var t = provider.create(OPTIONS)) {
            assertThat(t.name()).isEqualTo("netty");
            assertThat(t.send(get("/x")).status()).isEqualTo(200);
        }
    }

    static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(th -> th.getName().startsWith(prefix))
                .count();
    }

    private static TransportEvents recorder(List<String> events) {
        return new TransportEvents() {
            @Override
            public void attemptStarted(HttpRequest request, int attempt) {
                events.add("start " + attempt);
            }

            @Override
            public void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
                events.add("response " + attempt + " " + response.status());
            }

            @Override
            public void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {
                events.add("failed " + attempt + " " + failure.getClass().getSimpleName());
            }

            @Override
            public void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {
                events.add("retry " + nextAttempt + " " + reason);
            }
        };
    }
}
