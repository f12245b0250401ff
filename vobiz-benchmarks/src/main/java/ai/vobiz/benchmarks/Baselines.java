package ai.vobiz.benchmarks;

import ai.vobiz.testkit.DemoData;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written calls a user would write instead of the SDK: the same HTTP client, the same headers, Jackson
 * reading the body into a tree. Each benchmark puts one beside the SDK call it is compared with.
 */
final class Baselines {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Baselines() {}

    /** An OkHttp client configured like the SDK's: no redirects, no silent re-sends, enough requests per host. */
    static OkHttpClient okHttpClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(512);
        dispatcher.setMaxRequestsPerHost(512);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    static Request okHttpRequest(URI base) {
        return new Request.Builder()
                .url(base + "/api/v1/auth/me")
                .header("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                .header("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                .header("Accept", "application/json")
                .build();
    }

    static JsonNode okHttpSync(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IOException("HTTP " + response.code());
            }
            return MAPPER.readTree(response.body().bytes());
        }
    }

    static CompletableFuture<JsonNode> okHttpAsync(OkHttpClient client, Request request) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        client.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                f.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    f.complete(MAPPER.readTree(response.body().bytes()));
                } catch (IOException | RuntimeException e) {
                    f.completeExceptionally(e);
                }
            }
        });
        return f;
    }

    static void okHttpAsyncBatch(OkHttpClient client, Request request, int n) {
        List<CompletableFuture<JsonNode>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(okHttpAsync(client, request));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    /** A reactor-netty client with its own pool and loops, like the SDK's Netty transport. */
    static NettyBaseline netty(URI base) {
        ConnectionProvider pool = ConnectionProvider.builder("baseline")
                .maxConnections(512)
                .pendingAcquireMaxCount(-1)
                .build();
        LoopResources loops = LoopResources.create("baseline", 2, true);
        HttpClient client = HttpClient.create(pool)
                .runOn(loops)
                .baseUrl(base.toString())
                .followRedirect(false)
                .headers(h -> h.set("X-Auth-ID", DemoData.ACCOUNT_AUTH_ID)
                        .set("X-Auth-Token", DemoData.ACCOUNT_AUTH_TOKEN)
                        .set(HttpHeaderNames.ACCEPT, "application/json"));
        return new NettyBaseline(client, pool, loops);
    }

    record NettyBaseline(HttpClient client, ConnectionProvider pool, LoopResources loops) {
        NettyBaseline withUserAgent(String userAgent) {
            return new NettyBaseline(client.headers(h -> h.set(HttpHeaderNames.USER_AGENT, userAgent)), pool, loops);
        }

        Mono<JsonNode> call() {
            return client.get()
                    .uri("/api/v1/auth/me")
                    .responseSingle((r, body) -> body.asByteArray())
                    .map(MAPPER::readTree);
        }

        JsonNode sync() {
            return call().block();
        }

        void batch(int n) {
            Flux.range(0, n).flatMap(i -> call(), n).blockLast();
        }

        void close() {
            pool.dispose();
            loops.dispose();
        }
    }
}
