package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.TransportOptions;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The dependencies this module leaves out (pom.xml: the HTTP/3 codec, QUIC's natives, Micrometer) are never needed:
 * HTTPS, which sets up reactor-netty's TLS client and asks whether HTTP/3 is available, still reaches the network.
 */
class FootprintTest {
    @Test
    void httpsWorksWithoutTheQuicNativesAndHttp3Codec() throws Exception {
        assertThatThrownBy(() -> Class.forName("io.netty.handler.codec.http3.Http3"))
                .isInstanceOf(ClassNotFoundException.class);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TransportOptions once = TransportOptions.builder()
                .resilience(ResiliencePolicy.custom()
                        .retry(RetryPolicy.custom().maxAttempts(1).build())
                        .build())
                .build();
        try (NettyTransport transport = NettyTransport.create(once)) {
            HttpRequest request = HttpRequest.builder()
                    .uri("https://127.0.0.1:" + closedPort + "/api/v1/auth/me")
                    .build();
            // Reaching the connect (refused) proves the TLS client was set up.
            assertThatThrownBy(() -> transport.send(request)).isInstanceOf(ConnectFailedException.class);
        }
    }

    @Test
    void micrometerIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.Metrics"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator.class)
                .isNotNull();
    }
}
