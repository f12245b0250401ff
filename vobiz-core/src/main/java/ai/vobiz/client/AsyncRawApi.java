package ai.vobiz.client;

import java.util.concurrent.CompletableFuture;

/** Any endpoint, asynchronously. */
public final class AsyncRawApi {
    private final ApiInvoker invoker;

    AsyncRawApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** Sends the request; the future fails with the same typed {@link ai.vobiz.error.VobizException}s. */
    public CompletableFuture<RawResponse> send(RawRequest request) {
        return invoker.sendAsync(() -> RawApi.toHttp(invoker, request), r -> RawApi.handle(invoker, r, request));
    }
}
