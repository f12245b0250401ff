package ai.vobiz.benchmarks;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Page;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3: decoding only. The documented account body to {@link Account}, and a 100-row customer page to a
 * {@link Page} of {@link Customer}, beside what a user would write instead: Jackson reading the same bytes into a
 * tree, and Jackson databind binding them to plain records ({@link PlainRecords}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {
    private final JsonMapper baselineMapper = JsonMapper.builder().build();
    private final ObjectReader plainPageReader = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .readerFor(PlainRecords.PlainCustomerPage.class);
    private final ObjectReader plainCdrReader = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .readerFor(PlainRecords.PlainCdrPage.class);
    private byte[] body;
    private byte[] pageBody;
    private byte[] cdrBody;

    @Setup
    public void setup() throws IOException {
        body = BenchmarkData.accountBody();
        pageBody = BenchmarkData.customerPageBody();
        cdrBody = BenchmarkData.cdrPageBody();
    }

    @Benchmark
    public Account sdkDecodeAccount() {
        return Endpoints.RETRIEVE_ACCOUNT.decode(body);
    }

    @Benchmark
    public Page<Customer> sdkDecodeCustomerPage() {
        return Endpoints.LIST_CUSTOMERS.decode(pageBody);
    }

    @Benchmark
    public Page<Cdr> sdkDecodeCdrPage() {
        return Endpoints.LIST_CUSTOMER_CDRS.decode(cdrBody);
    }

    @Benchmark
    public PlainRecords.PlainCdrPage baselineDatabindCdrPage() {
        return plainCdrReader.readValue(cdrBody);
    }

    @Benchmark
    public JsonNode baselineJacksonTreeCustomerPage() {
        return baselineMapper.readTree(pageBody);
    }

    @Benchmark
    public PlainRecords.PlainCustomerPage baselineDatabindCustomerPage() {
        return plainPageReader.readValue(pageBody);
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
