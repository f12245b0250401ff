package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.Endpoints;
import reactor.core.publisher.Mono;

/** Partner endpoints as {@link Mono}s (partner credentials). */
public final class ReactivePartnerApi {
    private final ReactiveVobizClient client;

    ReactivePartnerApi(ReactiveVobizClient client) {
        this.client = client;
    }

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile. */
    public Mono<PartnerProfile> profile() {
        return client.call(Endpoints.PARTNER_PROFILE, CallArgs.none());
    }
}
