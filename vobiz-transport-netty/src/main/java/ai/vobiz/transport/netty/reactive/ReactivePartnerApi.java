package ai.vobiz.transport.netty.reactive;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.ListPartnerNumbersParams;
import ai.vobiz.domain.partner.ListPartnerTransactionsParams;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import reactor.core.publisher.Mono;

/** Partner endpoints as {@link Mono}s (partner credentials). */
public final class ReactivePartnerApi {
    private final ReactiveVobizClient client;
    private final ReactiveCustomersApi customers;

    ReactivePartnerApi(ReactiveVobizClient client) {
        this.client = client;
        this.customers = new ReactiveCustomersApi(client);
    }

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile. */
    public Mono<PartnerProfile> profile() {
        return client.call(Endpoints.PARTNER_PROFILE, NoParams.NONE);
    }

    /** The partner's customers. */
    public ReactiveCustomersApi customers() {
        return customers;
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
