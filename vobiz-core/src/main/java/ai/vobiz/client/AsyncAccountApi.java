package ai.vobiz.client;

import ai.vobiz.domain.Account;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import java.util.concurrent.CompletableFuture;

/** Account endpoints, asynchronous. */
public final class AsyncAccountApi {
    private final ApiInvoker invoker;

    AsyncAccountApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/auth/me}: the authenticated account. */
    public CompletableFuture<Account> retrieve() {
        return invoker.callAsync(Endpoints.RETRIEVE_ACCOUNT, NoParams.NONE);
    }
}
