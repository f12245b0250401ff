package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizClient;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.transport.netty.NettyTransportProvider;
import ai.vobiz.transport.okhttp.OkHttpTransportProvider;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * One fake server, one HTTP stack, and the two ways of calling it: the SDK (whose transport is handed that very
 * stack, so both sides share client, pool and threads) and the hand-written baseline, which sends the same headers.
 */
final class CallFixture implements AutoCloseable {
    final FakeVobizServer server;
    final VobizClient sdk;
    private final OkHttpClient okHttp;
    private Request okHttpRequest;
    private Baselines.NettyBaseline netty;

    CallFixture(String transport) {
        server = FakeVobizServer.start();
        HttpTransportProvider provider;
        if (transport.equals("okhttp")) {
            okHttp = Baselines.okHttpClient();
            okHttpRequest = Baselines.okHttpRequest(server.baseUrl());
            netty = null;
            provider = OkHttpTransportProvider.withClient(okHttp);
        } else if (transport.equals("netty")) {
            okHttp = null;
            okHttpRequest = null;
            netty = Baselines.netty(server.baseUrl());
            provider = NettyTransportProvider.builder()
                    .connectionProvider(netty.pool())
                    .loopResources(netty.loops())
                    .build();
        } else {
            throw new IllegalArgumentException("unknown transport " + transport);
        }
        sdk = VobizClient.builder()
                .baseUrl(server.baseUrl().toString())
                .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                .transportProvider(provider)
                .build();
        // The very same request bytes on both sides: the baseline sends the SDK's User-Agent too, so that the fake
        // server (which parses header bytes one at a time) does the same work for both and only the client differs.
        String userAgent = sdk.config().userAgent();
        if (okHttpRequest != null) {
            okHttpRequest =
                    okHttpRequest.newBuilder().header("User-Agent", userAgent).build();
        }
        if (netty != null) {
            netty = netty.withUserAgent(userAgent);
        }
    }

    JsonNode baselineSync() throws IOException {
        return okHttp != null ? Baselines.okHttpSync(okHttp, okHttpRequest) : netty.sync();
    }

    void baselineBatch(int n) {
        if (okHttp != null) {
            Baselines.okHttpAsyncBatch(okHttp, okHttpRequest, n);
        } else {
            netty.batch(n);
        }
    }

    @Override
    public void close() {
        sdk.close();
        if (okHttp != null) {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
        if (netty != null) {
            netty.close();
        }
        server.close();
    }
}
