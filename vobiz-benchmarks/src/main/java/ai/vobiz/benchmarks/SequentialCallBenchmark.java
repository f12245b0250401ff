package ai.vobiz.benchmarks;

import ai.vobiz.domain.Account;
import java.io.IOException;
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
import tools.jackson.databind.JsonNode;

/**
 * Benchmark 1: one {@code account().retrieve()} at a time against the fake server on loopback, per transport,
 * beside a hand-written call on the same HTTP client with Jackson reading the body into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SequentialCallBenchmark {
    @Param({"okhttp", "netty"})
    public String transport;

    private CallFixture fixture;

    @Setup(Level.Trial)
    public void setup() {
        fixture = new CallFixture(transport);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public Account sdk() {
        return fixture.sdk.account().retrieve();
    }

    @Benchmark
    public JsonNode baseline() throws IOException {
        return fixture.baselineSync();
    }
}
