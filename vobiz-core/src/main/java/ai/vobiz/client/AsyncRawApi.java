package ai.vobiz.client;

import ai.vobiz.port.transport.HttpRequest;
import java.util.concurrent.CompletableFuture;

/** Any endpoint, asynchronously. */
public final class AsyncRawApi {
    private final ApiInvoker invoker;

    AsyncRawApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    public CompletableFuture<RawResponse> send(RawRequest request) {
        HttpRequest http = RawApi.toHttp(invoker, request);
        return invoker.transport().sendAsync(http).thenApply(r -> RawApi.handle(invoker, r, request));
    }
}
