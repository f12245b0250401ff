package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.IOException;
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
import tools.jackson.databind.JsonNode;

/**
 * Benchmark 1: one {@code account().retrieve()} at a time against the fake server on loopback, per transport,
 * beside a hand-written call with the same HTTP client stack and Jackson reading the body into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SequentialCallBenchmark {
    @Param({"okhttp", "netty"})
    public String transport;

    private FakeVobizServer server;
    private VobizClient sdk;
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
                .build();
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
    public Account sdk() {
        return sdk.account().retrieve();
    }

    @Benchmark
    public JsonNode baseline() throws IOException {
        return okHttp != null ? Baselines.okHttpSync(okHttp, okHttpRequest) : netty.sync();
    }
}
