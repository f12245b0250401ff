package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2: async throughput with 1, 16 and 256 calls in flight, per transport, beside the same hand-written
 * baseline. One operation is one batch of {@code inFlight} calls started together and awaited together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncThroughputBenchmark {
    @Param({"okhttp", "netty"})
    public String transport;

    @Param({"1", "16", "256"})
    public int inFlight;

    private FakeVobizServer server;
    private VobizAsyncClient sdk;
    private OkHttpClient okHttp;
    private Request okHttpRequest;
    private Baselines.NettyBaseline netty;

    @Setup(Level.Trial)
    public void setup() {
        server = FakeVobizServer.start();
        sdk = VobizClient.builder()
                .baseUrl(server.baseUrl().toString())
                .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                .transport(transport)
                .buildAsync();
        if (transport.equals("okhttp")) {
            okHttp = Baselines.okHttpClient();
            okHttpRequest = Baselines.okHttpRequest(server.baseUrl());
        } else {
            netty = Baselines.netty(server.baseUrl());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
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

    @Benchmark
    public void sdk() {
        List<CompletableFuture<Account>> all = new ArrayList<>(inFlight);
        for (int i = 0; i < inFlight; i++) {
            all.add(sdk.account().retrieve());
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    @Benchmark
    public void baseline() {
        if (okHttp != null) {
            Baselines.okHttpAsyncBatch(okHttp, okHttpRequest, inFlight);
        } else {
            netty.batch(inFlight);
        }
    }
}
