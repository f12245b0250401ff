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
import ai.vobiz.paging.PagedIterable;

/** A partner's customers, synchronous (partner credentials). */
public final class CustomersApi {
    private final ApiInvoker invoker;

    CustomersApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/partner/accounts}: one page of customers; {@link Page#nextPage()} fetches the next. */
    public Page<Customer> list(ListCustomersParams params) {
        return invoker.call(Endpoints.LIST_CUSTOMERS, params);
    }

    /** Every customer matching {@code params}, fetched page by page as iteration reaches it. */
    public PagedIterable<Customer> listAll(ListCustomersParams params) {
        return invoker.iterate(Endpoints.LIST_CUSTOMERS, params);
    }

    /**
     * {@code POST /api/v1/partner/accounts/{customer_auth_id}/transfer-balance}: moves money from the partner's
     * balance to the customer's wallet. Sent at most once: if the outcome is unknown (a timeout, a 5xx), read the
     * customer's ledger before trying again, or the customer may be credited twice.
     */
    public BalanceTransfer transferBalance(String customerAuthId, TransferBalanceRequest request) {
        return invoker.call(Endpoints.TRANSFER_BALANCE, request, customerAuthId);
    }

    /** {@code POST /api/v1/partner/accounts}: creates a customer (201); sent at most once. */
    public CreatedCustomer create(CreateCustomerRequest request) {
        return invoker.call(Endpoints.CREATE_CUSTOMER, request);
    }

    // ---- one customer, its ledger and numbers (docs/api-digest.md §3.7, §3.8, §3.10, §3.15) ----

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}}: one of the partner's customers. */
    public Customer get(String customerAuthId) {
        return invoker.call(Endpoints.GET_CUSTOMER, NoParams.NONE, customerAuthId);
    }

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/balance}: the customer's wallet. */
    public CustomerBalance balance(String customerAuthId) {
        return invoker.call(Endpoints.GET_CUSTOMER_BALANCE, NoParams.NONE, customerAuthId);
    }

    /**
     * {@code GET /api/v1/partner/accounts/{customer_auth_id}/transactions}: one page of the customer's ledger, newest
     * first; {@code page.envelope(LedgerEnvelope.class).summary()} totals every matching row.
     */
    public Page<LedgerEntry> transactions(String customerAuthId, ListCustomerTransactionsParams params) {
        return invoker.call(Endpoints.LIST_CUSTOMER_TRANSACTIONS, params, customerAuthId);
    }

    /** Every row of the customer's ledger matching {@code params}, page by page. */
    public PagedIterable<LedgerEntry> transactionsAll(String customerAuthId, ListCustomerTransactionsParams params) {
        return invoker.iterate(Endpoints.LIST_CUSTOMER_TRANSACTIONS, params, customerAuthId);
    }

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/numbers}: one page of the customer's numbers. */
    public Page<PhoneNumber> numbers(String customerAuthId, ListCustomerNumbersParams params) {
        return invoker.call(Endpoints.LIST_CUSTOMER_NUMBERS, params, customerAuthId);
    }

    /** Every number of the customer matching {@code params}, page by page. */
    public PagedIterable<PhoneNumber> numbersAll(String customerAuthId, ListCustomerNumbersParams params) {
        return invoker.iterate(Endpoints.LIST_CUSTOMER_NUMBERS, params, customerAuthId);
    }
}
