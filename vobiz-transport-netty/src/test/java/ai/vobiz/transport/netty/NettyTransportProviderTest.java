package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/** A configured provider hands the client's options to transports that share the caller's resources. */
class NettyTransportProviderTest {
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void sharedPoolAndLoopsServeTheClientAndOutliveIt() {
        ConnectionProvider pool = ConnectionProvider.create("shared-pool", 8);
        LoopResources loops = LoopResources.create("shared-loops", 1, true);
        try {
            NettyTransportProvider provider = NettyTransportProvider.builder()
                    .connectionProvider(pool)
                    .loopResources(loops)
                    .maxIdleTime(Duration.ofSeconds(5))
                    .build();
            try (VobizClient client = VobizClient.builder()
                    .transportProvider(provider)
                    .baseUrl(fake.server().baseUrl())
                    .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                    .readTimeout(Duration.ofSeconds(3))
                    .build()) {
                assertThat(client.account().retrieve().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
                NettyTransport transport = (NettyTransport) client.invoker().transport();
                assertThat(transport.options().readTimeout()).isEqualTo(Duration.ofSeconds(3));
            }
            assertThat(pool.isDisposed()).isFalse();
            assertThat(loops.isDisposed()).isFalse();
        } finally {
            pool.disposeLater().block(Duration.ofSeconds(5));
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
        }
    }

    @Test
    void aUserHttpClientKeepsItsOwnCustomisation() {
        AtomicInteger requestsSeenByTheUsersHook = new AtomicInteger();
        LoopResources loops = LoopResources.create("user-client-loops", 1, true);
        try {
            HttpClient custom = HttpClient.create()
                    .runOn(loops)
                    .doOnRequest((request, connection) -> requestsSeenByTheUsersHook.incrementAndGet());
            NettyTransportProvider provider =
                    NettyTransportProvider.builder().withHttpClient(custom).build();
            try (VobizClient client = VobizClient.builder()
                    .transportProvider(provider)
                    .baseUrl(fake.server().baseUrl())
                    .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                    .build()) {
                client.account().retrieve();
                client.async().account().retrieve().join();
            }
            assertThat(requestsSeenByTheUsersHook).hasValue(2);
            assertThat(loops.isDisposed()).isFalse();
        } finally {
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
        }
    }

    @Test
    void dedicatedResourcesAreSizedByTheProviderBuilder() {
        NettyTransportProvider provider = NettyTransportProvider.builder()
                .eventLoopThreads(1)
                .maxConnections(4)
                .pendingAcquireMaxCount(100)
                .build();
        try (NettyTransport transport = (NettyTransport) provider.create(TransportOptions.defaults())) {
            assertThat(transport.eventLoopThreads()).isEqualTo(1);
            assertThat(transport.name()).isEqualTo("netty");
            assertThat(transport.threadNamePrefix()).startsWith("vobiz-netty-");
        }
    }
}
