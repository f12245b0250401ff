package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.CustomerBalance;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.ListCustomerNumbersParams;
import ai.vobiz.domain.partner.ListCustomerTransactionsParams;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
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

    // ---- one customer, its ledger and numbers (see CustomersApi) ----

    /** One of the partner's customers. */
    public Mono<Customer> get(String customerAuthId) {
        return client.call(Endpoints.GET_CUSTOMER, NoParams.NONE, customerAuthId);
    }

    /** The customer's wallet. */
    public Mono<CustomerBalance> balance(String customerAuthId) {
        return client.call(Endpoints.GET_CUSTOMER_BALANCE, NoParams.NONE, customerAuthId);
    }

    /** One page of the customer's ledger, newest first. */
    public Mono<Page<LedgerEntry>> transactions(String customerAuthId, ListCustomerTransactionsParams params) {
        return client.call(Endpoints.LIST_CUSTOMER_TRANSACTIONS, params, customerAuthId);
    }

    /** Every row of the customer's ledger matching {@code params}, page by page on demand. */
    public PagedFlux<LedgerEntry> transactionsAll(String customerAuthId, ListCustomerTransactionsParams params) {
        return client.list(Endpoints.LIST_CUSTOMER_TRANSACTIONS, params, customerAuthId);
    }

    /** One page of the customer's numbers. */
    public Mono<Page<PhoneNumber>> numbers(String customerAuthId, ListCustomerNumbersParams params) {
        return client.call(Endpoints.LIST_CUSTOMER_NUMBERS, params, customerAuthId);
    }

    /** Every number of the customer matching {@code params}, page by page on demand. */
    public PagedFlux<PhoneNumber> numbersAll(String customerAuthId, ListCustomerNumbersParams params) {
        return client.list(Endpoints.LIST_CUSTOMER_NUMBERS, params, customerAuthId);
    }
}
