package ai.vobiz.transport.netty.reactive;

import ai.vobiz.client.ApiInvoker;
import ai.vobiz.client.VobizClient;
import ai.vobiz.client.VobizClientBuilder;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.paging.Page;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.transport.netty.NettyTransport;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The Vobiz client for Reactor and WebFlux: every call is a cold {@link Mono} that performs the request when
 * subscribed, fails with a {@link ai.vobiz.error.VobizException}, and aborts the exchange when disposed. It executes
 * the same endpoint declarations ({@link ai.vobiz.endpoint.Endpoints}) as the synchronous and asynchronous clients.
 *
 * <pre>{@code
 * ReactiveVobizClient vobiz = ReactiveVobizClient.create(VobizClient.builder().transport("netty"));
 * Mono<Account> account = vobiz.account().retrieve();
 * }</pre>
 *
 * <p>On the Netty transport the calls run on its event loops without blocking any thread. With another transport the
 * client adapts its {@link java.util.concurrent.CompletableFuture}s, cancelling them when the subscription is
 * disposed.
 */
public final class ReactiveVobizClient implements AutoCloseable {
    private final VobizClient client;
    private final boolean ownsClient;
    private final ApiInvoker invoker;
    private final ReactiveAccountApi account;
    private final ReactivePartnerApi partner;
    private final ReactiveRawApi raw;

    private ReactiveVobizClient(VobizClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.invoker = client.invoker();
        this.account = new ReactiveAccountApi(this);
        this.partner = new ReactivePartnerApi(this);
        this.raw = new ReactiveRawApi(client);
    }

    /**
     * Builds a client from a configured builder; closing this client closes what the builder created. Choose the
     * Netty transport with {@code builder.transport("netty")} for an end-to-end non-blocking client.
     */
    public static ReactiveVobizClient create(VobizClientBuilder builder) {
        Objects.requireNonNull(builder, "builder");
        return new ReactiveVobizClient(builder.build(), true);
    }

    /** A reactive view of an existing client, sharing its transport; closing the view leaves the client open. */
    public static ReactiveVobizClient wrap(VobizClient client) {
        return new ReactiveVobizClient(Objects.requireNonNull(client, "client"), false);
    }

    /** Account endpoints (main-account credentials). */
    public ReactiveAccountApi account() {
        return account;
    }

    /** Partner endpoints (partner credentials). */
    public ReactivePartnerApi partner() {
        return partner;
    }

    /** Any endpoint, for those the SDK does not type yet. */
    public ReactiveRawApi raw() {
        return raw;
    }

    /** The synchronous client this view executes through. */
    public VobizClient sync() {
        return client;
    }

    /**
     * Executes one declared endpoint: builds the authenticated request, exchanges it, maps error statuses to typed
     * exceptions and decodes the body, all on subscription.
     */
    public <P, R> Mono<R> call(Endpoint<P, R> endpoint, @Nullable P params, String... pathValues) {
        Objects.requireNonNull(endpoint, "endpoint");
        return Mono.defer(() -> {
            CallArgs args = invoker.args(endpoint, params, pathValues);
            return exchange(invoker.request(endpoint, args)).map(response -> invoker.handle(endpoint, args, response));
        });
    }

    /**
     * Every item of a declared list endpoint, page by page on demand ({@link PagedFlux#byPage()} for the pages): the
     * first page is requested on subscription, each next one when the items before it are consumed.
     */
    public <P, T> PagedFlux<T> list(Endpoint<P, Page<T>> endpoint, @Nullable P params, String... pathValues) {
        return new PagedFlux<>(() -> call(endpoint, params, pathValues));
    }

    /** The transport's reactive exchange when it has one, else its future adapted with cancellation. */
    Mono<HttpResponse> exchange(HttpRequest request) {
        HttpTransport transport = invoker.transport();
        if (transport instanceof NettyTransport netty) {
            return netty.exchange(request);
        }
        return Mono.fromFuture(() -> transport.sendAsync(request), false);
    }

    /** Closes the underlying client when this object created it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "ReactiveVobizClient{" + client + "}";
    }
}
