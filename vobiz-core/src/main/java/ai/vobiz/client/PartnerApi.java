package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;

/** Partner endpoints, synchronous; they need partner credentials ({@code PA_…}). */
public final class PartnerApi {
    private final ApiInvoker invoker;
    private final CustomersApi customers;

    PartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
        this.customers = new CustomersApi(invoker);
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile, balance included. */
    public PartnerProfile profile() {
        return invoker.call(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers: list them, fund them. */
    public CustomersApi customers() {
        return customers;
    }

    /**
     * {@code POST /api/v1/partner/login}: a console session token from email and password. Interactive use only (a
     * person signing in); server code calls the partner API with the client's header credentials.
     */
    public PartnerLogin login(PartnerLoginRequest request) {
        return invoker.call(Endpoints.PARTNER_LOGIN, request);
    }
}
