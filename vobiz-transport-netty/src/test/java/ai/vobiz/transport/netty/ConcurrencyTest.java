package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many concurrent calls to the fake Vobiz server, over real sockets, are served by the transport's few event-loop threads, none failing. */
class ConcurrencyTest {
    private static final int CALLS = 10_000;
    private static final int EVENT_LOOP_THREADS = 2;

    @Test
    void tenThousandConcurrentCallsSucceedOnABoundedNumberOfThreads() throws Exception {
        try (FakeVobizServer server = FakeVobizServer.start();
                NettyTransport transport = NettyTransport.builder()
                        .options(TransportOptions.builder()
                                .resilience(ResiliencePolicy.disabled())
                                .callTimeout(Duration.ofSeconds(60))
                                .build())
                        .threadNamePrefix("vobiz-load-test")
                        .eventLoopThreads(EVENT_LOOP_THREADS)
                        .maxConnections(64)
                        .pendingAcquireMaxCount(CALLS)
                        .build()) {
            HttpRequest request = HttpRequest.builder()
                    .uri(server.baseUrl().resolve("/api/v1/auth/me"))
                    .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                    .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                    .build();
            Set<String> completingThreads = ConcurrentHashMap.newKeySet();

            List<CompletableFuture<HttpResponse>> calls = new ArrayList<>(CALLS);
            for (int i = 0; i < CALLS; i++) {
                calls.add(transport
                        .sendAsync(request)
                        .whenComplete((r, e) ->
                                completingThreads.add(Thread.currentThread().getName())));
            }
            long threadsWhileBusy = NettyTransportTest.threadsNamed("vobiz-load-test");
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(calls).allSatisfy(c -> assertThat(c.join().status()).isEqualTo(200));
            assertThat(server.journal().count("GET", "/api/v1/auth/me")).isEqualTo(CALLS);
            // The transport's threads: its event loops plus one deadline timer, however many calls are in flight.
            assertThat(threadsWhileBusy).isLessThanOrEqualTo(EVENT_LOOP_THREADS + 1);
            assertThat(NettyTransportTest.threadsNamed("vobiz-load-test")).isLessThanOrEqualTo(EVENT_LOOP_THREADS + 1);
            assertThat(completingThreads).allSatisfy(name -> assertThat(name).startsWith("vobiz-load-test"));
            assertThat(completingThreads.size()).isLessThanOrEqualTo(EVENT_LOOP_THREADS);
        }
    }
}
