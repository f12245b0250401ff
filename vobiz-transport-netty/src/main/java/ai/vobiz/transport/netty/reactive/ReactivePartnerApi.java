package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.AnalyticsParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import reactor.core.publisher.Mono;

/** Partner endpoints as {@link Mono}s (partner credentials). */
public final class ReactivePartnerApi {
    private final ReactiveVobizClient client;
    private final ReactiveCustomersApi customers;
    private final ReactiveCdrsApi cdrs;

    ReactivePartnerApi(ReactiveVobizClient client) {
        this.client = client;
        this.customers = new ReactiveCustomersApi(client);
        this.cdrs = new ReactiveCdrsApi(client);
    }

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile. */
    public Mono<PartnerProfile> profile() {
        return client.call(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public ReactiveCustomersApi customers() {
        return customers;
    }

    /** A console session token from email and password; interactive use only. */
    public Mono<PartnerLogin> login(PartnerLoginRequest request) {
        return client.call(Endpoints.PARTNER_LOGIN, request);
    }

    // ---- CDRs, dashboard and analytics ----

    /** {@code GET /api/v1/partner/dashboard}: customers, combined wallets and the last 30 days of calls. */
    public Mono<PartnerDashboard> dashboard() {
        return client.call(Endpoints.PARTNER_DASHBOARD, NoParams.NONE);
    }

    /** {@code GET /api/v1/partner/analytics}: the dashboard for a window of days. */
    public Mono<PartnerDashboard> analytics(AnalyticsParams params) {
        return client.call(Endpoints.PARTNER_ANALYTICS, params);
    }

    /** Call detail records of the partner's customers. */
    public ReactiveCdrsApi cdrs() {
        return cdrs;
    }
}
