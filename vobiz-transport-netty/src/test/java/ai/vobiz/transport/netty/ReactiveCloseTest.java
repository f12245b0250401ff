package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reactive {@link NettyTransport#exchange} ends like {@code send} and {@code sendAsync} (the conformance suite's
 * {@code CloseConformance}) when the transport closes with it in flight: at once, with a
 * {@link CancellationException}, and without a retry.
 */
class ReactiveCloseTest {
    private static final String ME = "/api/v1/auth/me";

    @Test
    void anExchangeInFlightEndsWithCancellationWhenTheTransportCloses() throws Exception {
        try (FakeVobizServer server = FakeVobizServer.start()) {
            server.faults()
                    .add(FaultRule.of(Fault.delay(Duration.ofSeconds(60))).path(ME));
            NettyTransport transport = NettyTransport.create(TransportOptions.builder()
                    .readTimeout(Duration.ofMinutes(2))
                    .callTimeout(Duration.ofMinutes(2))
                    .build());
            HttpRequest request = HttpRequest.builder()
                    .uri(server.baseUrl() + ME)
                    .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                    .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                    .build();
            CompletableFuture<HttpResponse> call = transport.exchange(request).toFuture();
            assertThat(server.journal().awaitCount("GET", ME, 1, Duration.ofSeconds(10)))
                    .isTrue();

            transport.close();

            // Within 2 s, else a TimeoutException; HttpTransport.await unwraps what the future was completed with.
            assertThat(catchThrowable(() -> HttpTransport.await(call.orTimeout(2, TimeUnit.SECONDS))))
                    .isInstanceOf(CancellationException.class)
                    .hasMessageContaining("the transport was closed");
            assertThat(server.journal().awaitCount("GET", ME, 2, Duration.ofMillis(500)))
                    .as("retried after close()")
                    .isFalse();
        }
    }
}
