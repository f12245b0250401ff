package ai.vobiz.client;

import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.paging.Page;
import java.util.concurrent.CompletableFuture;

/** A partner's customers, asynchronous (partner credentials). */
public final class AsyncCustomersApi {
    private final ApiInvoker invoker;

    AsyncCustomersApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** One page of customers; {@link Page#nextPageAsync()} fetches the next without blocking. */
    public CompletableFuture<Page<Customer>> list(ListCustomersParams params) {
        return invoker.callAsync(Endpoints.LIST_CUSTOMERS, params);
    }

    /** Moves money to the customer's wallet; sent at most once (see {@link CustomersApi#transferBalance}). */
    public CompletableFuture<BalanceTransfer> transferBalance(String customerAuthId, TransferBalanceRequest request) {
        return invoker.callAsync(Endpoints.TRANSFER_BALANCE, request, customerAuthId);
    }

    /** Creates a customer; sent at most once. */
    public CompletableFuture<CreatedCustomer> create(CreateCustomerRequest request) {
        return invoker.callAsync(Endpoints.CREATE_CUSTOMER, request);
    }
}
