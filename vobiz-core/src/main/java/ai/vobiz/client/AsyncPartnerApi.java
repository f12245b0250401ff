package ai.vobiz.client;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.AnalyticsParams;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.ListPartnerNumbersParams;
import ai.vobiz.domain.partner.ListPartnerTransactionsParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import java.util.concurrent.CompletableFuture;

/** Partner endpoints, asynchronous. */
public final class AsyncPartnerApi {
    private final ApiInvoker invoker;
    private final AsyncCustomersApi customers;
    private final AsyncCdrsApi cdrs;

    AsyncPartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
        this.customers = new AsyncCustomersApi(invoker);
        this.cdrs = new AsyncCdrsApi(invoker);
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile. */
    public CompletableFuture<PartnerProfile> profile() {
        return invoker.callAsync(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public AsyncCustomersApi customers() {
        return customers;
    }

    /** A console session token from email and password; interactive use only. */
    public CompletableFuture<PartnerLogin> login(PartnerLoginRequest request) {
        return invoker.callAsync(Endpoints.PARTNER_LOGIN, request);
    }

    // ---- CDRs, dashboard and analytics ----

    /** {@code GET /api/v1/partner/dashboard}: customers, combined wallets and the last 30 days of calls. */
    public CompletableFuture<PartnerDashboard> dashboard() {
        return invoker.callAsync(Endpoints.PARTNER_DASHBOARD, NoParams.NONE);
    }

    /** {@code GET /api/v1/partner/analytics}: the dashboard for a window of days. */
    public CompletableFuture<PartnerDashboard> analytics(AnalyticsParams params) {
        return invoker.callAsync(Endpoints.PARTNER_ANALYTICS, params);
    }

    /** Call detail records of the partner's customers (partner's {@code can_view_cdrs}). */
    public AsyncCdrsApi cdrs() {
        return cdrs;
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
