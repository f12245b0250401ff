package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoints;
import java.util.concurrent.CompletableFuture;

/** Partner endpoints, asynchronous; they need partner credentials ({@code PA_…}). */
public final class AsyncPartnerApi {
    private final ApiInvoker invoker;

    AsyncPartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile, balance included. */
    public CompletableFuture<PartnerProfile> profile() {
        return invoker.callAsync(Endpoints.PARTNER_PROFILE, CallArgs.none());
    }
}
