package ai.vobiz.client;

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

    // ---- one customer, its ledger and numbers (see CustomersApi) ----

    /** One of the partner's customers. */
    public CompletableFuture<Customer> get(String customerAuthId) {
        return invoker.callAsync(Endpoints.GET_CUSTOMER, NoParams.NONE, customerAuthId);
    }

    /** The customer's wallet. */
    public CompletableFuture<CustomerBalance> balance(String customerAuthId) {
        return invoker.callAsync(Endpoints.GET_CUSTOMER_BALANCE, NoParams.NONE, customerAuthId);
    }

    /** One page of the customer's ledger, newest first. */
    public CompletableFuture<Page<LedgerEntry>> transactions(
            String customerAuthId, ListCustomerTransactionsParams params) {
        return invoker.callAsync(Endpoints.LIST_CUSTOMER_TRANSACTIONS, params, customerAuthId);
    }

    /** One page of the customer's numbers. */
    public CompletableFuture<Page<PhoneNumber>> numbers(String customerAuthId, ListCustomerNumbersParams params) {
        return invoker.callAsync(Endpoints.LIST_CUSTOMER_NUMBERS, params, customerAuthId);
    }
}
