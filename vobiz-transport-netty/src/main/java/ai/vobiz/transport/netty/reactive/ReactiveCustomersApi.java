package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Page;
import reactor.core.publisher.Mono;

/** A partner's customers as {@link Mono}s and {@link PagedFlux}es (partner credentials). */
public final class ReactiveCustomersApi {
    private final ReactiveVobizClient client;

    ReactiveCustomersApi(ReactiveVobizClient client) {
        this.client = client;
    }

    /** One page of customers. */
    public Mono<Page<Customer>> list(ListCustomersParams params) {
        return client.call(Endpoints.LIST_CUSTOMERS, params);
    }

    /** Every customer matching {@code params}, page by page on demand. */
    public PagedFlux<Customer> listAll(ListCustomersParams params) {
        return client.list(Endpoints.LIST_CUSTOMERS, params);
    }

    /** Moves money to the customer's wallet on subscription; never re-sent by the SDK. */
    public Mono<BalanceTransfer> transferBalance(String customerAuthId, TransferBalanceRequest request) {
        return client.call(Endpoints.TRANSFER_BALANCE, request, customerAuthId);
    }

    /** Creates a customer on subscription; never re-sent by the SDK. */
    public Mono<CreatedCustomer> create(CreateCustomerRequest request) {
        return client.call(Endpoints.CREATE_CUSTOMER, request);
    }
}
