package ai.vobiz.benchmarks;

import ai.vobiz.domain.Account;
import ai.vobiz.internal.json.DomainDecoders;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3: decoding only. The documented account body to {@link Account}, beside the baseline a user would write
 * instead: Jackson reading the same bytes into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {
    private final JsonMapper baselineMapper = JsonMapper.builder().build();
    private byte[] body;

    @Setup
    public void setup() throws IOException {
        body = BenchmarkData.accountBody();
    }

    @Benchmark
    public Account sdkDecodeAccount() {
        return DomainDecoders.account(body);
    }

    @Benchmark
    public JsonNode baselineJacksonTree() {
        return baselineMapper.readTree(body);
    }

    static byte[] read(String resource) throws IOException {
        try (InputStream in = DecodeBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
