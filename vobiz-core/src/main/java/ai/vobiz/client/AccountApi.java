package ai.vobiz.client;

import ai.vobiz.domain.Account;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;

/** Account endpoints, synchronous. */
public final class AccountApi {
    private final ApiInvoker invoker;

    AccountApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/auth/me}: the authenticated account; doubles as a credential check. */
    public Account retrieve() {
        return invoker.call(Endpoints.RETRIEVE_ACCOUNT, NoParams.NONE);
    }
}
