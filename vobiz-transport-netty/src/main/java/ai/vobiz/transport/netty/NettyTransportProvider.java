package ai.vobiz.transport.netty;

import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import java.time.Duration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Service-loader entry of the Netty transport, named {@value #NAME}. Found automatically when this artifact is on the
 * class path or module path; select it explicitly with {@code VobizClient.builder().transport("netty")}.
 *
 * <p>To share your own reactor-netty resources while keeping the client's timeouts and policy, build a configured
 * provider and hand it to the client builder:
 *
 * <pre>{@code
 * VobizClient client = VobizClient.builder()
 *         .transportProvider(NettyTransportProvider.builder().connectionProvider(pool).loopResources(loops).build())
 *         .build();
 * }</pre>
 */
public final class NettyTransportProvider implements HttpTransportProvider {
    /** The name this provider registers under. */
    public static final String NAME = "netty";

    private final NettyTransport.Builder template;

    /** The default provider, as the {@link java.util.ServiceLoader} creates it: dedicated loops and pool. */
    public NettyTransportProvider() {
        this(NettyTransport.builder());
    }

    private NettyTransportProvider(NettyTransport.Builder template) {
        this.template = template;
    }

    /** A provider whose transports use the resources given to the builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpTransport create(TransportOptions options) {
        return template.copy().options(options).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Neutral, below OkHttp's: with both transports present, Netty is used only when chosen, with
     * {@code VobizClient.builder().transport("netty")}, the system property {@code vobiz.transport} or the environment
     * variable {@code VOBIZ_TRANSPORT}.
     */
    @Override
    public int priority() {
        return 0;
    }

    /** Builder of a provider sharing caller-owned reactor-netty resources; see {@link NettyTransport.Builder}. */
    public static final class Builder {
        private final NettyTransport.Builder template = NettyTransport.builder();

        private Builder() {}

        /** See {@link NettyTransport.Builder#httpClient(HttpClient)}. */
        public Builder withHttpClient(HttpClient httpClient) {
            template.httpClient(httpClient);
            return this;
        }

        /** See {@link NettyTransport.Builder#connectionProvider(ConnectionProvider)}. */
        public Builder connectionProvider(ConnectionProvider connectionProvider) {
            template.connectionProvider(connectionProvider);
            return this;
        }

        /** See {@link NettyTransport.Builder#loopResources(LoopResources)}. */
        public Builder loopResources(LoopResources loopResources) {
            template.loopResources(loopResources);
            return this;
        }

        /** See {@link NettyTransport.Builder#eventLoopThreads(int)}. */
        public Builder eventLoopThreads(int threads) {
            template.eventLoopThreads(threads);
            return this;
        }

        /** See {@link NettyTransport.Builder#maxConnections(int)}. */
        public Builder maxConnections(int max) {
            template.maxConnections(max);
            return this;
        }

        /** See {@link NettyTransport.Builder#pendingAcquireMaxCount(int)}. */
        public Builder pendingAcquireMaxCount(int max) {
            template.pendingAcquireMaxCount(max);
            return this;
        }

        /** See {@link NettyTransport.Builder#maxIdleTime(Duration)}. */
        public Builder maxIdleTime(Duration idle) {
            template.maxIdleTime(idle);
            return this;
        }

        public NettyTransportProvider build() {
            return new NettyTransportProvider(template.copy());
        }
    }
}
