package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import reactor.core.publisher.Mono;

/** Call detail records of a partner's customers as {@link Mono}s and {@link PagedFlux}es (partner credentials). */
public final class ReactiveCdrsApi {
    private final ReactiveVobizClient client;

    ReactiveCdrsApi(ReactiveVobizClient client) {
        this.client = client;
    }

    /** One page of the calls of all the partner's customers. */
    public Mono<Page<Cdr>> list(ListCdrsParams params) {
        return client.call(Endpoints.LIST_PARTNER_CDRS, params);
    }

    /** Every call of all the partner's customers matching {@code params}, page by page on demand. */
    public PagedFlux<Cdr> listAll(ListCdrsParams params) {
        return client.list(Endpoints.LIST_PARTNER_CDRS, params);
    }

    /** One page of a customer's calls. */
    public Mono<Page<Cdr>> listForCustomer(String customerAuthId, ListCdrsParams params) {
        return client.call(Endpoints.LIST_CUSTOMER_CDRS, params, customerAuthId);
    }

    /** Every call of one customer matching {@code params}, page by page on demand. */
    public PagedFlux<Cdr> listAllForCustomer(String customerAuthId, ListCdrsParams params) {
        return client.list(Endpoints.LIST_CUSTOMER_CDRS, params, customerAuthId);
    }

    /** One call of a customer, by its call UUID. */
    public Mono<Cdr> get(String customerAuthId, String uuid) {
        return client.call(Endpoints.GET_CUSTOMER_CDR, NoParams.NONE, customerAuthId, uuid);
    }
}
