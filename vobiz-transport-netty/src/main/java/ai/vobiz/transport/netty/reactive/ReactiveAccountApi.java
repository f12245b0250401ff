package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.Account;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import reactor.core.publisher.Mono;

/** Account endpoints as {@link Mono}s. */
public final class ReactiveAccountApi {
    private final ReactiveVobizClient client;

    ReactiveAccountApi(ReactiveVobizClient client) {
        this.client = client;
    }

    /** {@code GET /api/v1/auth/me}: the authenticated account. */
    public Mono<Account> retrieve() {
        return client.call(Endpoints.RETRIEVE_ACCOUNT, NoParams.NONE);
    }
}
