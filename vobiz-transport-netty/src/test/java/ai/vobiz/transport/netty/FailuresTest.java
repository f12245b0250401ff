package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.TransportOptions;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailuresTest {
    private static final TransportOptions OPTIONS = TransportOptions.builder()
            .connectTimeout(Duration.ofMillis(1500))
            .readTimeout(Duration.ofMillis(2500))
            .build();
    private static final HttpRequest REQUEST = HttpRequest.builder()
            .uri("https://api.vobiz.ai/api/v1/auth/me?page=2")
            .header("X-Auth-Token", "secret-token-value")
            .build();

    @Test
    void connectTimeoutIsAConnectPhaseTimeout() {
        Throwable mapped = Failures.map(new ConnectTimeoutException("connection timed out"), REQUEST, OPTIONS);

        assertThat(mapped).isInstanceOfSatisfying(TimeoutExceededException.class, e -> {
            assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CONNECT);
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(1500));
        });
    }

    @Test
    void readTimeoutIsAReadPhaseTimeout() {
        Throwable mapped = Failures.map(ReadTimeoutException.INSTANCE, REQUEST, OPTIONS);

        assertThat(mapped).isInstanceOfSatisfying(TimeoutExceededException.class, e -> {
            assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ);
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(2500));
        });
    }

    @Test
    void refusedAndUnresolvableAreConnectFailures() {
        assertThat(Failures.map(new ConnectException("Connection refused"), REQUEST, OPTIONS))
                .isInstanceOf(ConnectFailedException.class);
        assertThat(Failures.map(new UnknownHostException("api.vobiz.ai"), REQUEST, OPTIONS))
                .isInstanceOf(ConnectFailedException.class);
        assertThat(Failures.map(new RuntimeException("wrapped", new ConnectException("refused")), REQUEST, OPTIONS))
                .isInstanceOf(ConnectFailedException.class);
    }

    @Test
    void brokenExchangesAreNetworkIOWithoutQueryOrToken() {
        Throwable mapped = Failures.map(new IOException("Connection reset by peer"), REQUEST, OPTIONS);

        assertThat(mapped)
                .isInstanceOf(NetworkIOException.class)
                .hasMessageContaining("GET https://api.vobiz.ai/api/v1/auth/me")
                .hasMessageNotContaining("page=2")
                .hasMessageNotContaining("secret-token-value");
    }
}
