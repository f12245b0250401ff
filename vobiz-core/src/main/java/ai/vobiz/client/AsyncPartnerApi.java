package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.ListPartnerNumbersParams;
import ai.vobiz.domain.partner.ListPartnerTransactionsParams;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import java.util.concurrent.CompletableFuture;

/** Partner endpoints, asynchronous. */
public final class AsyncPartnerApi {
    private final ApiInvoker invoker;
    private final AsyncCustomersApi customers;

    AsyncPartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
        this.customers = new AsyncCustomersApi(invoker);
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile. */
    public CompletableFuture<PartnerProfile> profile() {
        return invoker.callAsync(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public AsyncCustomersApi customers() {
        return customers;
    }

    // ---- the global ledger and numbers (see PartnerApi) ----

    /** One page of the global ledger, newest first. */
    public CompletableFuture<Page<LedgerEntry>> transactions(ListPartnerTransactionsParams params) {
        return invoker.callAsync(Endpoints.LIST_PARTNER_TRANSACTIONS, params);
    }

    /** One page of every customer's numbers. */
    public CompletableFuture<Page<PhoneNumber>> numbers(ListPartnerNumbersParams params) {
        return invoker.callAsync(Endpoints.LIST_PARTNER_NUMBERS, params);
    }
}
