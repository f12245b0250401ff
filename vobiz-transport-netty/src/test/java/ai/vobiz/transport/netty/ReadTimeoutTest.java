package ai.vobiz.transport.netty;

import static ai.vobiz.transport.netty.LocalServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;

/**
 * The read timeout is the longest silence while an exchange is in flight, per attempt, on connections the pool keeps
 * and reuses (the transport's own {@link ResponseSilenceTimeout}, installed once per connection). The margins are
 * wide (gaps of a quarter of the timeout) so that a slow machine cannot flip an outcome.
 */
class ReadTimeoutTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SHORT = READ_TIMEOUT.dividedBy(4);

    private LocalServer server;
    private NettyTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        transport = NettyTransport.builder()
                .options(options())
                .maxConnections(1) // every call on the one pooled connection
                .build();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private static TransportOptions options() {
        return TransportOptions.builder()
                .readTimeout(READ_TIMEOUT)
                .callTimeout(Duration.ofSeconds(20))
                .resilience(ResiliencePolicy.disabled())
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.builder().uri(server.uri(path)).build();
    }

    @Test
    void aBodyThatKeepsComingIsNotTimedOutHoweverLongItTakes() {
        server.then(server.dripping(6, SHORT)); // 1.5 s in all, never silent for more than a quarter of the timeout
        HttpResponse r = transport.send(get("/drip"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("chunk 0", "chunk 5");
    }

    @Test
    void eachExchangeOnAReusedConnectionGetsTheWholeTimeout() {
        Duration slow = READ_TIMEOUT.multipliedBy(3).dividedBy(5);
        server.always(server.after(slow, ok("{}")));
        for (int i = 0; i < 3; i++) { // 1.8 s on one connection, each exchange silent for 0.6 s of its 1 s
            assertThat(transport.send(get("/slow")).status()).isEqualTo(200);
        }
        assertThat(server.received())
                .extracting(LocalServer.Received::clientPort)
                .containsOnly(portOfFirstCall());
    }

    @Test
    void aReusedConnectionStillTimesOutWhenTheServerFallsSilent() {
        server.then(ok("{}"), server.hang());
        assertThat(transport.send(get("/first")).status()).isEqualTo(200);
        assertThatThrownBy(() -> transport.send(get("/silent")))
                .isInstanceOfSatisfying(TimeoutExceededException.class, e -> {
                    assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ);
                    assertThat(e.timeout()).isEqualTo(READ_TIMEOUT);
                });
        assertThat(server.received())
                .extracting(LocalServer.Received::clientPort)
                .containsOnly(portOfFirstCall());
    }

    @Test
    void theConnectionThatTimedOutIsClosedAndTheNextCallGetsAFreshOne() {
        server.then(server.hang());
        assertThatThrownBy(() -> transport.send(get("/silent"))).isInstanceOf(TimeoutExceededException.class);
        server.release();
        assertThat(transport.send(get("/next")).status()).isEqualTo(200);
        assertThat(server.received())
                .extracting(LocalServer.Received::clientPort)
                .doesNotHaveDuplicates();
    }

    @Test
    void aUserClientOnAnotherProtocolKeepsReactorNettysPerRequestTimeout() {
        server.then(server.hang());
        try (NettyTransport h2c = NettyTransport.builder()
                .options(options())
                .httpClient(HttpClient.create().protocol(HttpProtocol.HTTP11, HttpProtocol.H2C))
                .build()) {
            assertThat(h2c.httpClient().configuration().responseTimeout()).isEqualTo(READ_TIMEOUT);
            assertThatThrownBy(() -> h2c.send(get("/silent")))
                    .isInstanceOfSatisfying(
                            TimeoutExceededException.class,
                            e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
        }
        assertThat(transport.httpClient().configuration().responseTimeout()).isNull();
    }

    private int portOfFirstCall() {
        return server.received().get(0).clientPort();
    }
}
