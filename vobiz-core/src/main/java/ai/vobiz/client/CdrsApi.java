package ai.vobiz.client;

import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.CdrListEnvelope;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.PagedIterable;

/**
 * Call detail records of a partner's customers, synchronous (partner credentials whose profile has
 * {@code can_view_cdrs}). A page's totals over every matching row: {@code page.envelope(CdrListEnvelope.class)
 * .summary()} ({@link CdrListEnvelope}).
 */
public final class CdrsApi {
    private final ApiInvoker invoker;

    CdrsApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code GET /api/v1/partner/cdrs}: one page of the calls of all the partner's customers, newest first. */
    public Page<Cdr> list(ListCdrsParams params) {
        return invoker.call(Endpoints.LIST_PARTNER_CDRS, params);
    }

    /** Every call of all the partner's customers matching {@code params}, page by page as iteration reaches it. */
    public PagedIterable<Cdr> listAll(ListCdrsParams params) {
        return invoker.iterate(Endpoints.LIST_PARTNER_CDRS, params);
    }

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs}: one page of a customer's calls. */
    public Page<Cdr> listForCustomer(String customerAuthId, ListCdrsParams params) {
        return invoker.call(Endpoints.LIST_CUSTOMER_CDRS, params, customerAuthId);
    }

    /** Every call of one customer matching {@code params}, page by page as iteration reaches it. */
    public PagedIterable<Cdr> listAllForCustomer(String customerAuthId, ListCdrsParams params) {
        return invoker.iterate(Endpoints.LIST_CUSTOMER_CDRS, params, customerAuthId);
    }

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs/{uuid}}: one call, by its call UUID. */
    public Cdr get(String customerAuthId, String uuid) {
        return invoker.call(Endpoints.GET_CUSTOMER_CDR, NoParams.NONE, customerAuthId, uuid);
    }
}
