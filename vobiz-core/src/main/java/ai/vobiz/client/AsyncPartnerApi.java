package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import java.util.concurrent.CompletableFuture;

/** Partner endpoints, asynchronous. */
public final class AsyncPartnerApi {
    private final ApiInvoker invoker;
    private final AsyncCustomersApi customers;

    AsyncPartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
        this.customers = new AsyncCustomersApi(invoker);
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile. */
    public CompletableFuture<PartnerProfile> profile() {
        return invoker.callAsync(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public AsyncCustomersApi customers() {
        return customers;
    }

    /** A console session token from email and password; interactive use only. */
    public CompletableFuture<PartnerLogin> login(PartnerLoginRequest request) {
        return invoker.callAsync(Endpoints.PARTNER_LOGIN, request);
    }
}
