package ai.vobiz.client;

import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import java.util.concurrent.CompletableFuture;

/** Call detail records of a partner's customers, asynchronous (see {@link CdrsApi}). */
public final class AsyncCdrsApi {
    private final ApiInvoker invoker;

    AsyncCdrsApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** One page of the calls of all the partner's customers; {@link Page#nextPageAsync()} fetches the next. */
    public CompletableFuture<Page<Cdr>> list(ListCdrsParams params) {
        return invoker.callAsync(Endpoints.LIST_PARTNER_CDRS, params);
    }

    /** One page of a customer's calls. */
    public CompletableFuture<Page<Cdr>> listForCustomer(String customerAuthId, ListCdrsParams params) {
        return invoker.callAsync(Endpoints.LIST_CUSTOMER_CDRS, params, customerAuthId);
    }

    /** One call of a customer, by its call UUID. */
    public CompletableFuture<Cdr> get(String customerAuthId, String uuid) {
        return invoker.callAsync(Endpoints.GET_CUSTOMER_CDR, NoParams.NONE, customerAuthId, uuid);
    }
}
