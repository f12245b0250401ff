package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.domain.Account;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * baseline on the same stack. One operation is one batch of {@code inFlight} calls started and awaited together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncThroughputBenchmark {
    @Param({"okhttp", "netty"})
    public String transport;

    @Param({"1", "16", "256"})
    public int inFlight;

    private CallFixture fixture;
    private VobizAsyncClient sdk;

    @Setup(Level.Trial)
    public void setup() {
        fixture = new CallFixture(transport);
        sdk = fixture.sdk.async();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public void sdk() {
        @SuppressWarnings("unchecked")
        CompletableFuture<Account>[] all = new CompletableFuture[inFlight];
        for (int i = 0; i < inFlight; i++) {
            all[i] = sdk.account().retrieve();
        }
        CompletableFuture.allOf(all).join();
    }

    @Benchmark
    public void baseline() {
        fixture.baselineBatch(inFlight);
    }
}
