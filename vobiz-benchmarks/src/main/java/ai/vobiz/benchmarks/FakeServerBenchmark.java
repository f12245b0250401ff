package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 5: the fake server itself. Calls per second over HTTP to the fake, beside the JDK HTTP server answering
 * the same body as a constant (the floor any JDK-server fake can reach), both called by the same OkHttp client; and
 * the SDK through the in-process transport (no socket).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FakeServerBenchmark {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeVobizServer fake;
    private HttpServer constant;
    private ExecutorService constantExecutor;
    private OkHttpClient client;
    private Request fakeRequest;
    private Request constantRequest;
    private VobizClient inProcess;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        fake = FakeVobizServer.start();
        byte[] body = BenchmarkData.accountBody();
        constant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        constantExecutor = Executors.newFixedThreadPool(4);
        constant.setExecutor(constantExecutor);
        constant.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        constant.start();
        client = Baselines.okHttpClient();
        fakeRequest = Baselines.okHttpRequest(fake.baseUrl());
        constantRequest = Baselines.okHttpRequest(
                URI.create("http://127.0.0.1:" + constant.getAddress().getPort()));
        inProcess = VobizClient.builder()
                .baseUrl(fake.baseUrl().toString())
                .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
                .transport(fake.inProcessTransport())
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        constant.stop(0);
        constantExecutor.shutdownNow();
        fake.close();
    }

    @Benchmark
    public int fakeOverHttp() throws IOException {
        return call(fakeRequest);
    }

    @Benchmark
    public int constantJdkServer() throws IOException {
        return call(constantRequest);
    }

    @Benchmark
    public Account sdkInProcess() {
        return inProcess.account().retrieve();
    }

    private int call(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return response.body().bytes().length;
        }
    }
}
