package ai.vobiz.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour specific to the OkHttp transport, beyond the conformance suite. */
class OkHttpTransportTest {
    private static final String TOKEN = "token-value-never-shown-0042";

    private MockWebServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.close();
    }

    private static TransportOptions.Builder fast() {
        return TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10))
                .resilience(ResiliencePolicy.custom()
                        .retry(RetryPolicy.custom()
                                .initialBackoff(Duration.ofMillis(2))
                                .maxBackoff(Duration.ofMillis(10))
                                .build())
                        .circuitBreaker(CircuitBreakerPolicy.disabled())
                        .build());
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        toClose.add(c);
        return c;
    }

    private HttpRequest get(String path) {
        return HttpRequest.builder()
                .uri(server.url(path).uri())
                .header("X-Auth-ID", "MA_TEST")
                .header("X-Auth-Token", TOKEN)
                .build();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{}").build();
    }

    @Test
    void userClientKeepsItsInterceptorsAndStillGetsRetries() throws Exception {
        AtomicInteger intercepted = new AtomicInteger();
        OkHttpClient mine = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    intercepted.incrementAndGet();
                    return chain.proceed(chain.request()
                            .newBuilder()
                            .header("X-Custom", "yes")
                            .build());
                })
                .retryOnConnectionFailure(true)
                .followRedirects(true)
                .build();
        server.enqueue(status(503));
        server.enqueue(status(503));
        server.enqueue(status(200));
        OkHttpTransport t = closeLater(OkHttpTransport.create(fast().build(), mine));

        HttpResponse r = t.send(get("/x"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(intercepted).hasValue(3);
        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-Custom")).isEqualTo("yes");
        }
        assertThat(t.retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt())
                .isEqualTo(1);
    }

    @Test
    void userClientRedirectSettingIsOverridden() {
        OkHttpClient mine = new OkHttpClient.Builder().followRedirects(true).build();
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", server.url("/elsewhere"))
                .build());
        HttpTransport t = closeLater(OkHttpTransport.create(fast().build(), mine));
        assertThat(t.send(get("/x")).status()).isEqualTo(302);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void providerWithClientIsUsableFromTheClientBuilder() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"method\":\"GET\"}")
                .build());
        OkHttpClient mine = new OkHttpClient();
        try (VobizClient client = VobizClient.builder()
                .credentials("MA_TEST", TOKEN)
                .baseUrl(server.url("/").toString())
                .transportProvider(OkHttpTransportProvider.withClient(mine))
                .build()) {
            assertThat(client.raw()
                            .send(ai.vobiz.client.RawRequest.get("/__test/echo").build())
                            .status())
                    .isEqualTo(200);
        }
        // Closing the client closed its transport, not my dispatcher.
        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        server.enqueue(status(200));
        try (okhttp3.Response r = mine.newCall(new okhttp3.Request.Builder()
                        .url(server.url("/still-works"))
                        .build())
                .execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

    @Test
    void serviceLoaderFindsTheProviderByName() {
        HttpTransportProvider p = HttpTransportProvider.named("okhttp");
        assertThat(p).isInstanceOf(OkHttpTransportProvider.class);
        assertThat(p.name()).isEqualTo("okhttp");
        try (HttpTransport t = p.create(TransportOptions.defaults())) {
            assertThat(t.name()).isEqualTo("okhttp");
        }
    }

    @Test
    void chunkedBodyOverTheCapIsRefusedWhileReading() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .chunkedBody("x".repeat(10_000), 512)
                .build());
        HttpTransport t =
                closeLater(OkHttpTransport.create(fast().maxResponseBytes(4096).build()));
        assertThatThrownBy(() -> t.send(get("/big"))).isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limitBytes()).isEqualTo(4096);
            assertThat(e).hasMessageContaining("more than 4096 bytes received");
        });
    }

    /**
     * A HEAD, 204 or 304 response may declare the length of a body it does not carry (MockWebServer rewrites
     * Content-Length, so a raw socket answers here).
     */
    @Test
    void responsesWithoutABodyAreNotJudgedByTheLengthTheyDeclare() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread responder = new Thread(() -> {
                for (String status : List.of("200 OK", "304 Not Modified")) {
                    try (Socket s = raw.accept()) {
                        byte[] head = new byte[4096];
                        int n = 0;
                        while (n < 4 || !new String(head, 0, n, StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                            int read = s.getInputStream().read(head, n, 1);
                            if (read < 0) {
                                return;
                            }
                            n += read;
                        }
                        s.getOutputStream()
                                .write(("HTTP/1.1 " + status + "\r\nContent-Length: 4096\r\nConnection: close\r\n\r\n")
                                        .getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            responder.setDaemon(true);
            responder.start();
            HttpTransport t = closeLater(OkHttpTransport.create(fast().maxResponseBytes(1024)
                    .resilience(ResiliencePolicy.disabled())
                    .build()));
            java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/big");

            HttpResponse head = t.send(
                    HttpRequest.builder().uri(uri).method(HttpMethod.HEAD).build());
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Length")).contains("4096");

            HttpResponse notModified = t.send(HttpRequest.builder().uri(uri).build());
            assertThat(notModified.status()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
        }
    }

    @Test
    void declaredContentLengthOverTheCapIsRefusedBeforeReading() {
        server.enqueue(
                new MockResponse.Builder().code(200).body("y".repeat(5000)).build());
        HttpTransport t =
                closeLater(OkHttpTransport.create(fast().maxResponseBytes(4096).build()));
        assertThatThrownBy(() -> HttpTransport.await(t.sendAsync(get("/big"))))
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("Content-Length 5000");
    }

    @Test
    void cancellingTheFutureCancelsTheOkHttpCall() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        OkHttpClient mine = new OkHttpClient.Builder()
                .eventListener(new EventListener() {
                    @Override
                    public void canceled(Call call) {
                        cancelled.countDown();
                    }
                })
                .build();
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(5, TimeUnit.SECONDS)
                .build());
        HttpTransport t = closeLater(OkHttpTransport.create(fast().build(), mine));
        CompletableFuture<HttpResponse> f = t.sendAsync(get("/slow"));
        server.takeRequest(5, TimeUnit.SECONDS);
        f.cancel(true);
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(f).isCancelled();
    }

    @Test
    void closeCancelsCallsInFlightAndRefusesNewOnes() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(5, TimeUnit.SECONDS)
                .build());
        OkHttpTransport t = OkHttpTransport.create(fast().build());
        CompletableFuture<HttpResponse> f = t.sendAsync(get("/slow"));
        server.takeRequest(5, TimeUnit.SECONDS);
        t.close();
        assertThat(f).isCancelled();
        assertThatThrownBy(() -> t.send(get("/x"))).isInstanceOf(IllegalStateException.class);
        assertThat(t.sendAsync(get("/x"))).isCompletedExceptionally();
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().startsWith(OkHttpTransport.THREAD_NAME_PREFIX)) {
                th.join(5000);
                assertThat(th.isAlive()).as(th.getName()).isFalse();
            }
        }
        t.close(); // idempotent
    }

    @Test
    void closeEvictsTheOwnedConnectionPool() {
        server.enqueue(status(200));
        OkHttpTransport t = OkHttpTransport.create(fast().build());
        assertThat(t.send(get("/x")).status()).isEqualTo(200);
        assertThat(t.pooledConnectionCount()).isEqualTo(1);
        t.close();
        assertThat(t.pooledConnectionCount()).isZero();
    }

    @Test
    void threadsOfTheTransportAreDaemons() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(200));
        OkHttpTransport t = closeLater(OkHttpTransport.create(fast().build()));
        assertThat(t.sendAsync(get("/x")).get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().startsWith(OkHttpTransport.THREAD_NAME_PREFIX))
                .toList();
        assertThat(ours).isNotEmpty().allMatch(Thread::isDaemon);
    }

    @Test
    void credentialInAnInterceptorFailureIsRedacted() {
        OkHttpClient leaky = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    throw new IOException("rejected token " + chain.request().header("X-Auth-Token"));
                })
                .build();
        HttpTransport t = closeLater(OkHttpTransport.create(
                fast().resilience(ResiliencePolicy.disabled()).build(), leaky));
        assertThatThrownBy(() -> t.send(get("/x")))
                .isInstanceOf(ConnectFailedException.class)
                .hasMessageContaining("<redacted>")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void nonAsciiTokenIsSentWithoutEchoingIt() throws Exception {
        server.enqueue(status(401));
        HttpTransport t = closeLater(OkHttpTransport.create(fast().build()));
        HttpRequest r = get("/x")
                .newBuilder()
                .header("X-Auth-Token", "t\u00f6ken-secret")
                .build();
        assertThat(t.send(r).status()).isEqualTo(401);
        RecordedRequest seen = server.takeRequest();
        assertThat(seen.getHeaders().get("X-Auth-Token")).isNotNull();
    }

    @Test
    void tlsHandshakeFailureIsAConnectFailure() throws Exception {
        // https:// to a peer that answers the TLS ClientHello with plain text: the handshake fails, nothing was sent.
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the client may have gone already
                }
            });
            peer.start();
            HttpTransport t = closeLater(OkHttpTransport.create(
                    fast().resilience(ResiliencePolicy.disabled()).build()));
            HttpRequest r = HttpRequest.builder()
                    .uri("https://127.0.0.1:" + plain.getLocalPort() + "/x")
                    .header("X-Auth-Token", TOKEN)
                    .build();
            assertThatThrownBy(() -> t.send(r))
                    .isInstanceOf(ConnectFailedException.class)
                    .hasMessageStartingWith("GET https://127.0.0.1:")
                    .hasMessageNotContaining(TOKEN);
            peer.join(5000);
        }
    }

    @Test
    void unknownHostIsAConnectFailure() {
        OkHttpClient noDns = new OkHttpClient.Builder()
                .dns(host -> {
                    throw new java.net.UnknownHostException("no such host: " + host);
                })
                .build();
        HttpTransport t = closeLater(OkHttpTransport.create(
                fast().resilience(ResiliencePolicy.disabled()).build(), noDns));
        HttpRequest r = HttpRequest.builder().uri("https://api.vobiz.invalid/x").build();
        assertThatThrownBy(() -> HttpTransport.await(t.sendAsync(r)))
                .isInstanceOf(ConnectFailedException.class)
                .hasMessageContaining("api.vobiz.invalid");
    }

    @Test
    void getWithABodyIsRefusedClearly() {
        HttpTransport t = closeLater(OkHttpTransport.create(fast().build()));
        HttpRequest r = get("/x").newBuilder().body("{}").build();
        assertThatThrownBy(() -> t.send(r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET requests cannot carry a body");
        assertThat(t.sendAsync(r)).isCompletedExceptionally();
    }

    @Test
    void connectTimeoutIsReportedAsConnectPhase() throws Exception {
        // A listener that never accepts, with its backlog filled: the kernel drops further SYNs, so connect hangs.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 100);
                        fillers.add(s);
                    } catch (IOException backlogFull) {
                        s.close();
                        break;
                    }
                }
                HttpTransport t = closeLater(OkHttpTransport.create(fast().connectTimeout(Duration.ofMillis(200))
                        .resilience(ResiliencePolicy.disabled())
                        .build()));
                HttpRequest r = HttpRequest.builder()
                        .method(HttpMethod.GET)
                        .uri("http://127.0.0.1:" + full.getLocalPort() + "/x")
                        .build();
                assertThatThrownBy(() -> t.send(r))
                        .isInstanceOfSatisfying(
                                TimeoutExceededException.class,
                                e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CONNECT));
            } finally {
                for (Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    @Test
    void breakerTransitionsAreReportedAndCircuitOpenFailsFast() {
        List<String> transitions = new ArrayList<>();
        TransportOptions options = fast().events(new ai.vobiz.port.transport.TransportEvents() {
                    @Override
                    public void circuitStateChanged(String from, String to) {
                        transitions.add(from + "->" + to);
                    }
                })
                .resilience(ResiliencePolicy.custom()
                        .retry(RetryPolicy.disabled())
                        .circuitBreaker(CircuitBreakerPolicy.custom()
                                .slidingWindowSize(2)
                                .minimumNumberOfCalls(2)
                                .build())
                        .build())
                .build();
        server.enqueue(status(500));
        server.enqueue(status(502));
        OkHttpTransport t = closeLater(OkHttpTransport.create(options));
        t.send(get("/x"));
        t.send(get("/x"));
        assertThat(transitions).containsExactly("CLOSED->OPEN");
        assertThat(t.circuitBreaker()).isPresent();
        assertThatThrownBy(() -> t.send(get("/x"))).isInstanceOf(ai.vobiz.error.CircuitOpenException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void disabledBreakerMeansNoBreaker() {
        OkHttpTransport t = closeLater(OkHttpTransport.create(
                fast().resilience(ResiliencePolicy.disabled()).build()));
        assertThat(t.circuitBreaker()).isEmpty();
        assertThat(t.toString()).contains("okhttp").doesNotContain(TOKEN);
    }

    @Test
    void worksAgainstTheFakeServerThroughServiceLoaderDiscovery() {
        try (FakeVobizServer fake = FakeVobizServer.start();
                VobizClient client = VobizClient.builder()
                        .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                        .baseUrl(fake.baseUrl())
                        .transport("okhttp")
                        .build()) {
            assertThat(client.account().retrieve().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
            assertThat(client.toString()).contains("okhttp");
        }
    }

    @Test
    void interruptedSyncCallerStopsWaitingToRetry() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "5")
                .build());
        TransportOptions options = fast().resilience(ResiliencePolicy.custom()
                        .retry(RetryPolicy.custom()
                                .retryAfterCap(Duration.ofSeconds(10))
                                .build())
                        .circuitBreaker(CircuitBreakerPolicy.disabled())
                        .build())
                .build();
        HttpTransport t = closeLater(OkHttpTransport.create(options));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                t.send(get("/x"));
                outcome.complete(null);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        caller.start();
        server.takeRequest(5, TimeUnit.SECONDS);
        caller.interrupt();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
