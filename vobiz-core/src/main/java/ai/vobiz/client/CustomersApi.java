package ai.vobiz.client;

import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.endpoint.Endpoints;
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
}
