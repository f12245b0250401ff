package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Netty-specific behaviour against the testkit's fake server and its faults, over real sockets. */
class FakeServerFaultsTest {
    private static final String ME = "/api/v1/auth/me";
    private static FakeVobizServer server;
    private static NettyTransport transport;

    @BeforeAll
    static void start() {
        server = FakeVobizServer.start();
        transport = NettyTransport.builder()
                .options(TransportOptions.builder()
                        .resilience(ResiliencePolicy.disabled())
                        .readTimeout(Duration.ofMillis(400))
                        .maxResponseBytes(256 * 1024)
                        .build())
                .build();
    }

    @AfterAll
    static void stop() {
        transport.close();
        server.close();
    }

    @AfterEach
    void reset() {
        server.reset();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.builder()
                .uri(server.baseUrl().resolve(path))
                .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                .header("Accept", "application/json");
    }

    @Test
    void aStalledBodyIsAReadTimeout() {
        server.faults()
                .add(FaultRule.of(Fault.stallBody(Duration.ofSeconds(10))).path(ME));

        assertThatThrownBy(() -> transport.send(request(ME).build()))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ))
                .hasMessageNotContaining(DemoData.ACCOUNT_AUTH_TOKEN);
    }

    @Test
    void aTruncatedBodyIsNetworkIO() {
        server.faults().add(FaultRule.of(Fault.truncateBody()).path(ME));

        assertThatThrownBy(() -> transport.send(request(ME).build())).isInstanceOf(NetworkIOException.class);
    }

    @Test
    void anOversizedBodyIsRefused() {
        server.faults().add(FaultRule.of(Fault.oversizedBody(8L * 1024 * 1024)).path(ME));

        assertThatThrownBy(() -> transport.send(request(ME).build())).isInstanceOf(ResponseTooLargeException.class);
        // The connection was abandoned, not poisoned: the next call works.
        server.faults().clear();
        assertThat(transport.send(request(ME).build()).status()).isEqualTo(200);
    }

    @Test
    void aClosedConnectionFailsAPostOnce() {
        server.faults().add(FaultRule.of(Fault.closeConnection()).path("/__test/echo"));
        HttpRequest post = request("/__test/echo")
                .method(HttpMethod.POST)
                .header("Content-Type", "application/json")
                .body("{\"amount\":\"10.00\"}")
                .build();

        assertThatThrownBy(() -> transport.send(post)).isInstanceOf(NetworkIOException.class);
        assertThat(server.journal().count("POST", "/__test/echo")).isEqualTo(1);
    }

    @Test
    void cancellingWhileTheServerDelaysAbortsTheCall() throws Exception {
        server.faults().add(FaultRule.of(Fault.delay(Duration.ofSeconds(10))).path(ME));

        CompletableFuture<?> call = transport.sendAsync(request(ME).build());
        assertThat(server.journal().awaitCount("GET", ME, 1, Duration.ofSeconds(5)))
                .isTrue();
        call.cancel(true);

        assertThat(call).isCancelled();
        server.faults().clear();
        assertThat(transport.send(request(ME).build()).status()).isEqualTo(200);
    }
}
