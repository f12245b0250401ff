package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import reactor.core.publisher.Mono;

/** Partner endpoints as {@link Mono}s (partner credentials). */
public final class ReactivePartnerApi {
    private final ReactiveVobizClient client;
    private final ReactiveCustomersApi customers;

    ReactivePartnerApi(ReactiveVobizClient client) {
        this.client = client;
        this.customers = new ReactiveCustomersApi(client);
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
}
