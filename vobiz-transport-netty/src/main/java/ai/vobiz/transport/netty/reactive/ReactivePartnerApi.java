package ai.vobiz.transport.netty.reactive;

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
import reactor.core.publisher.Mono;

/** Partner endpoints as {@link Mono}s (partner credentials). */
public final class ReactivePartnerApi {
    private final ReactiveVobizClient client;
    private final ReactiveCustomersApi customers;
    private final ReactiveCdrsApi cdrs;

    ReactivePartnerApi(ReactiveVobizClient client) {
        this.client = client;
        this.customers = new ReactiveCustomersApi(client);
        this.cdrs = new ReactiveCdrsApi(client);
    }

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile. */
    public Mono<PartnerProfile> profile() {
        return client.call(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public ReactiveCustomersApi customers() {
        return customers;
    }

    /** A console session token from email and password; interactive use only. */
    public Mono<PartnerLogin> login(PartnerLoginRequest request) {
        return client.call(Endpoints.PARTNER_LOGIN, request);
    }

    // ---- CDRs, dashboard and analytics ----

    /** {@code GET /api/v1/partner/dashboard}: customers, combined wallets and the last 30 days of calls. */
    public Mono<PartnerDashboard> dashboard() {
        return client.call(Endpoints.PARTNER_DASHBOARD, NoParams.NONE);
    }

    /** {@code GET /api/v1/partner/analytics}: the dashboard for a window of days. */
    public Mono<PartnerDashboard> analytics(AnalyticsParams params) {
        return client.call(Endpoints.PARTNER_ANALYTICS, params);
    }

    /** Call detail records of the partner's customers. */
    public ReactiveCdrsApi cdrs() {
        return cdrs;
    }

    // ---- the global ledger and numbers (see PartnerApi) ----

    /** One page of the global ledger, newest first. */
    public Mono<Page<LedgerEntry>> transactions(ListPartnerTransactionsParams params) {
        return client.call(Endpoints.LIST_PARTNER_TRANSACTIONS, params);
    }

    /** Every row of the global ledger matching {@code params}, page by page on demand. */
    public PagedFlux<LedgerEntry> transactionsAll(ListPartnerTransactionsParams params) {
        return client.list(Endpoints.LIST_PARTNER_TRANSACTIONS, params);
    }

    /** One page of every customer's numbers. */
    public Mono<Page<PhoneNumber>> numbers(ListPartnerNumbersParams params) {
        return client.call(Endpoints.LIST_PARTNER_NUMBERS, params);
    }

    /** Every customer's numbers, page by page on demand. */
    public PagedFlux<PhoneNumber> numbersAll(ListPartnerNumbersParams params) {
        return client.list(Endpoints.LIST_PARTNER_NUMBERS, params);
    }
}
