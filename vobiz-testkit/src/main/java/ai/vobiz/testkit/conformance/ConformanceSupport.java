package ai.vobiz.testkit.conformance;

import ai.vobiz.client.VobizClient;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every conformance group: one {@link FakeVobizServer} per group (reset before each test), transports created
 * through {@link #transportUnderTest()} and closed after each test, and helpers to build requests and options.
 *
 * <p>Tests configure small timeouts and backoffs (milliseconds) so the suite stays fast, and assert types, phases and
 * journal counts, never elapsed time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceSupport {
    protected static final String ME = Endpoints.RETRIEVE_ACCOUNT.pathTemplate();
    protected static final String PARTNER_ME = Endpoints.PARTNER_PROFILE.pathTemplate();
    protected static final String ECHO = "/__test/echo";
    protected static final String TOKEN = DemoData.ACCOUNT_AUTH_TOKEN;

    private FakeVobizServer server;
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    /** The transport to check. */
    protected abstract TransportUnderTest transportUnderTest();

    @BeforeAll
    void startFakeServer() {
        server = FakeVobizServer.start();
    }

    @AfterAll
    void stopFakeServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void resetFakeServer() {
        server.reset();
    }

    @AfterEach
    void closeTransports() throws Exception {
        for (AutoCloseable c : resources) {
            c.close();
        }
        resources.clear();
    }

    protected FakeVobizServer server() {
        return server;
    }

    /**
     * Options for tests: 1 s connect, 2 s read, 10 s call timeout, fast retries (3 attempts, 2-20 ms backoff,
     * Retry-After honoured up to 2 s), breaker off (its group turns it on).
     */
    protected TransportOptions.Builder options() {
        return TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10))
                .resilience(ResiliencePolicy.custom()
                        .retry(fastRetry().build())
                        .circuitBreaker(CircuitBreakerPolicy.disabled())
                        .build());
    }

    /** The test retry policy: 3 attempts, backoff from 2 ms to 20 ms with jitter, Retry-After capped at 2 s. */
    protected static RetryPolicy.Builder fastRetry() {
        return RetryPolicy.custom()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(2))
                .maxBackoff(Duration.ofMillis(20))
                .jitter(0.5)
                .retryAfterCap(Duration.ofSeconds(2));
    }

    protected static ResiliencePolicy policy(RetryPolicy retry) {
        return ResiliencePolicy.custom()
                .retry(retry)
                .circuitBreaker(CircuitBreakerPolicy.disabled())
                .build();
    }

    /** Creates a transport, closed after the test. */
    protected HttpTransport transport(TransportOptions options) {
        HttpTransport t = transportUnderTest().create(server, options);
        resources.add(t);
        return t;
    }

    protected HttpTransport transport() {
        return transport(options().build());
    }

    /** A client over the transport, with the demo account credentials. */
    protected VobizClient client(HttpTransport transport) {
        return client(transport, DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
    }

    protected VobizClient client(HttpTransport transport, String authId, String authToken) {
        VobizClient c = VobizClient.builder()
                .credentials(authId, authToken)
                .baseUrl(server.baseUrl())
                .transport(transport)
                .build();
        resources.add(c);
        return c;
    }

    /** An authenticated GET to the fake server. */
    protected HttpRequest get(String pathAndQuery) {
        return request(HttpMethod.GET, server.baseUrl(), pathAndQuery, null);
    }

    /** An authenticated POST with a JSON body (non-idempotent unless told otherwise). */
    protected HttpRequest post(String path, String json) {
        return request(HttpMethod.POST, server.baseUrl(), path, json);
    }

    protected static HttpRequest request(HttpMethod method, URI base, String pathAndQuery, String json) {
        HttpRequest.Builder b = HttpRequest.builder()
                .method(method)
                .uri(base.toString() + pathAndQuery)
                .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "vobiz-conformance");
        if (json != null) {
            b.header("Content-Type", "application/json").body(json);
        }
        return b.build();
    }

    /**
     * A loopback URL where connections are refused. The port stays bound (to a socket that never listens) until the
     * test ends, so no other process can start listening on it meanwhile.
     */
    protected URI closedPort() {
        Socket reserved = new Socket();
        try {
            reserved.bind(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reserve a loopback port", e);
        }
        resources.add(reserved);
        return URI.create("http://127.0.0.1:" + reserved.getLocalPort());
    }

    protected int count(String method, String path) {
        return server.journal().count(method, path);
    }
}
