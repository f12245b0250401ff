package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoints;

/** Partner endpoints, synchronous; they need partner credentials ({@code PA_…}). */
public final class PartnerApi {
    private final ApiInvoker invoker;

    PartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile, balance included. */
    public PartnerProfile profile() {
        return invoker.call(Endpoints.PARTNER_PROFILE, CallArgs.none());
    }
}
