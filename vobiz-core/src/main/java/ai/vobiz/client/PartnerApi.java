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
import ai.vobiz.paging.PagedIterable;

/** Partner endpoints, synchronous; they need partner credentials ({@code PA_…}). */
public final class PartnerApi {
    private final ApiInvoker invoker;
    private final CustomersApi customers;
    private final CdrsApi cdrs;

    PartnerApi(ApiInvoker invoker) {
        this.invoker = invoker;
        this.customers = new CustomersApi(invoker);
        this.cdrs = new CdrsApi(invoker);
    }

    /** {@code GET /api/v1/partner/me}: the partner's profile, balance included. */
    public PartnerProfile profile() {
        return invoker.call(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers: list them, fund them. */
    public CustomersApi customers() {
        return customers;
    }

    /**
     * {@code POST /api/v1/partner/login}: a console session token from email and password. Interactive use only (a
     * person signing in); server code calls the partner API with the client's header credentials.
     */
    public PartnerLogin login(PartnerLoginRequest request) {
        return invoker.call(Endpoints.PARTNER_LOGIN, request);
    }

    // ---- CDRs, dashboard and analytics ----

    /** {@code GET /api/v1/partner/dashboard}: customers, combined wallets and the last 30 days of calls. */
    public PartnerDashboard dashboard() {
        return invoker.call(Endpoints.PARTNER_DASHBOARD, NoParams.NONE);
    }

    /** {@code GET /api/v1/partner/analytics}: the dashboard for a window of days. */
    public PartnerDashboard analytics(AnalyticsParams params) {
        return invoker.call(Endpoints.PARTNER_ANALYTICS, params);
    }

    /** Call detail records of the partner's customers (partner's {@code can_view_cdrs}). */
    public CdrsApi cdrs() {
        return cdrs;
    }

    // ---- the global ledger and numbers (docs/api-digest.md §3.11, §3.16) ----

    /**
     * {@code GET /api/v1/partner/transactions}: one page of the global ledger (the partner's rows and its customers'),
     * newest first; {@code page.envelope(LedgerEnvelope.class).summary()} totals every matching row.
     */
    public Page<LedgerEntry> transactions(ListPartnerTransactionsParams params) {
        return invoker.call(Endpoints.LIST_PARTNER_TRANSACTIONS, params);
    }

    /** Every row of the global ledger matching {@code params}, page by page. */
    public PagedIterable<LedgerEntry> transactionsAll(ListPartnerTransactionsParams params) {
        return invoker.iterate(Endpoints.LIST_PARTNER_TRANSACTIONS, params);
    }

    /** {@code GET /api/v1/partner/numbers}: one page of every customer's numbers. */
    public Page<PhoneNumber> numbers(ListPartnerNumbersParams params) {
        return invoker.call(Endpoints.LIST_PARTNER_NUMBERS, params);
    }

    /** Every customer's numbers, page by page. */
    public PagedIterable<PhoneNumber> numbersAll(ListPartnerNumbersParams params) {
        return invoker.iterate(Endpoints.LIST_PARTNER_NUMBERS, params);
    }
}
