package ai.vobiz.endpoint;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.AnalyticsParams;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.Cdr;
import ai.vobiz.domain.partner.CreateCustomerRequest;
import ai.vobiz.domain.partner.CreatedCustomer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.CustomerBalance;
import ai.vobiz.domain.partner.LedgerEntry;
import ai.vobiz.domain.partner.ListCdrsParams;
import ai.vobiz.domain.partner.ListCustomerNumbersParams;
import ai.vobiz.domain.partner.ListCustomerTransactionsParams;
import ai.vobiz.domain.partner.ListCustomersParams;
import ai.vobiz.domain.partner.ListPartnerNumbersParams;
import ai.vobiz.domain.partner.ListPartnerTransactionsParams;
import ai.vobiz.domain.partner.PartnerDashboard;
import ai.vobiz.domain.partner.PartnerLogin;
import ai.vobiz.domain.partner.PartnerLoginRequest;
import ai.vobiz.domain.partner.PhoneNumber;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.Paging;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every typed endpoint of the SDK, each declared exactly once. Section numbers (§) are those of the repository's API
 * digest, {@code docs/api-digest.md}, which cites the public Vobiz documentation for each fact. {@link #all()} lists
 * them for the fake server's route check, the CLI and the docs.
 */
public final class Endpoints {
    private Endpoints() {}

    /** {@code GET /api/v1/auth/me}: the authenticated account (§2.1). */
    public static final Endpoint<NoParams, Account> RETRIEVE_ACCOUNT = Endpoint.get(
                    "retrieve-account", "/api/v1/auth/me", CredentialScope.ACCOUNT)
            .returns(Account.class)
            .cli("account", "Show the account of the credentials; doubles as a credential check.")
            .build();

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile (§3.2). */
    public static final Endpoint<NoParams, PartnerProfile> PARTNER_PROFILE = Endpoint.get(
                    "get-partner-profile", "/api/v1/partner/me", CredentialScope.PARTNER)
            .returns(PartnerProfile.class)
            .cli("partner", "Show the partner profile, balance included.")
            .build();

    /** {@code GET /api/v1/partner/accounts}: the partner's customers, a page at a time (§3.6). */
    public static final Endpoint<ListCustomersParams, Page<Customer>> LIST_CUSTOMERS = Endpoint.get(
                    "list-customers", "/api/v1/partner/accounts", CredentialScope.PARTNER)
            .params(ListCustomersParams.class)
            .paged(Customer.class, Paging.PARTNER_CUSTOMERS)
            .columns("auth_id", "name", "email", "cash_credits", "kyc_status", "is_active", "created_at")
            .cli("partner customers list", "List your customers; search matches name or email.")
            .build();

    /**
     * {@code POST /api/v1/partner/accounts/{customer_auth_id}/transfer-balance}: moves money from the partner's
     * balance to a customer's wallet (§3.9). Never re-sent by the SDK: each call is a new transfer.
     */
    public static final Endpoint<TransferBalanceRequest, BalanceTransfer> TRANSFER_BALANCE = Endpoint.post(
                    "transfer-balance",
                    "/api/v1/partner/accounts/{customer_auth_id}/transfer-balance",
                    CredentialScope.PARTNER)
            .params(TransferBalanceRequest.class)
            .returns(BalanceTransfer.class)
            .cli("partner transfer", "Move money from your balance to a customer's wallet (never retried).")
            .build();

    /**
     * {@code POST /api/v1/partner/login}: a JWT for an interactive console session (§3.1). For people signing in, not
     * for servers, which use the partner's header credentials.
     */
    public static final Endpoint<PartnerLoginRequest, PartnerLogin> PARTNER_LOGIN = Endpoint.post(
                    "partner-login", "/api/v1/partner/login", CredentialScope.PARTNER)
            .params(PartnerLoginRequest.class)
            .returns(PartnerLogin.class)
            .cli("partner login", "Sign in to the partner console with email and password (interactive use only).")
            .build();

    /** {@code POST /api/v1/partner/accounts}: creates a customer (§3.5). Never re-sent by the SDK. */
    public static final Endpoint<CreateCustomerRequest, CreatedCustomer> CREATE_CUSTOMER = Endpoint.post(
                    "create-customer", "/api/v1/partner/accounts", CredentialScope.PARTNER)
            .params(CreateCustomerRequest.class)
            .returns(CreatedCustomer.class)
            .status(201)
            .cli("partner customers create", "Create a customer: KYC pending, an empty wallet (never retried).")
            .build();

    // ---- CDRs, dashboard and analytics (§3.3, §3.4, §3.12–§3.14) ----------------------------------------------

    /** {@code GET /api/v1/partner/dashboard}: the last 30 days of the partner's customers at a glance (§3.3). */
    public static final Endpoint<NoParams, PartnerDashboard> PARTNER_DASHBOARD = Endpoint.get(
                    "get-partner-dashboard", "/api/v1/partner/dashboard", CredentialScope.PARTNER)
            .returns(PartnerDashboard.class)
            .cli("partner dashboard", "Show your customers, their combined wallets and the last 30 days of calls.")
            .build();

    /** {@code GET /api/v1/partner/analytics}: the dashboard for a window of days (§3.4). */
    public static final Endpoint<AnalyticsParams, PartnerDashboard> PARTNER_ANALYTICS = Endpoint.get(
                    "get-partner-analytics", "/api/v1/partner/analytics", CredentialScope.PARTNER)
            .params(AnalyticsParams.class)
            .returns(PartnerDashboard.class)
            .cli("partner analytics", "Show the dashboard for a window of days (default: the last 30).")
            .build();

    /** The fields (wire names) a table of CDRs shows. */
    private static final String[] CDR_COLUMNS = {
        "uuid",
        "account_id",
        "start_time",
        "call_direction",
        "caller_id_number",
        "destination_number",
        "duration",
        "billsec",
        "hangup_cause",
        "total_cost"
    };

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs}: a customer's calls, a page at a time (§3.12). */
    public static final Endpoint<ListCdrsParams, Page<Cdr>> LIST_CUSTOMER_CDRS = Endpoint.get(
                    "list-customer-cdrs", "/api/v1/partner/accounts/{customer_auth_id}/cdrs", CredentialScope.PARTNER)
            .params(ListCdrsParams.class)
            .paged(Cdr.class, Paging.CDRS)
            .columns(CDR_COLUMNS)
            .cli("partner customers cdrs", "List a customer's call records, newest first; filters are AND-ed.")
            .build();

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs/{uuid}}: one call record, by call UUID (§3.13). */
    public static final Endpoint<NoParams, Cdr> GET_CUSTOMER_CDR = Endpoint.get(
                    "get-customer-cdr",
                    "/api/v1/partner/accounts/{customer_auth_id}/cdrs/{uuid}",
                    CredentialScope.PARTNER)
            .returns(Cdr.class)
            .cli("partner customers cdr", "Show one call record of a customer, by its call UUID.")
            .build();

    /** {@code GET /api/v1/partner/cdrs}: the calls of all your customers, a page at a time (§3.14). */
    public static final Endpoint<ListCdrsParams, Page<Cdr>> LIST_PARTNER_CDRS = Endpoint.get(
                    "list-partner-cdrs", "/api/v1/partner/cdrs", CredentialScope.PARTNER)
            .params(ListCdrsParams.class)
            .paged(Cdr.class, Paging.CDRS)
            .columns(CDR_COLUMNS)
            .cli("partner cdrs", "List the call records of all your customers, newest first; filters are AND-ed.")
            .build();

    // ---- end of CDRs, dashboard and analytics ------------------------------------------------------------------
    // ---- A customer, its ledger and numbers; the partner's global ledger and numbers (§3.7, §3.8, §3.10, §3.11,
    // §3.15, §3.16) ----

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}}: one of the partner's customers (§3.7). */
    public static final Endpoint<NoParams, Customer> GET_CUSTOMER = Endpoint.get(
                    "get-customer", "/api/v1/partner/accounts/{customer_auth_id}", CredentialScope.PARTNER)
            .returns(Customer.class)
            .cli("partner customers get", "Show one of your customers (its auth token is never printed).")
            .build();

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/balance}: a customer's wallet (§3.8). */
    public static final Endpoint<NoParams, CustomerBalance> GET_CUSTOMER_BALANCE = Endpoint.get(
                    "get-customer-balance",
                    "/api/v1/partner/accounts/{customer_auth_id}/balance",
                    CredentialScope.PARTNER)
            .returns(CustomerBalance.class)
            .cli("partner customers balance", "Show a customer's wallet balance.")
            .build();

    /**
     * {@code GET /api/v1/partner/accounts/{customer_auth_id}/transactions}: a customer's ledger, newest first, with a
     * {@code summary} over every matching row ({@code page.envelope(LedgerEnvelope.class)}) (§3.10).
     */
    public static final Endpoint<ListCustomerTransactionsParams, Page<LedgerEntry>> LIST_CUSTOMER_TRANSACTIONS =
            Endpoint.get(
                            "list-customer-transactions",
                            "/api/v1/partner/accounts/{customer_auth_id}/transactions",
                            CredentialScope.PARTNER)
                    .params(ListCustomerTransactionsParams.class)
                    .paged(LedgerEntry.class, Paging.PARTNER_LEDGER)
                    .columns("created_at", "type", "amount", "currency", "description", "reference")
                    .cli("partner customers transactions", "List a customer's ledger, newest first; dates inclusive.")
                    .build();

    /**
     * {@code GET /api/v1/partner/transactions}: the global ledger, the partner's own rows and its customers', newest
     * first, with a {@code summary} (§3.11).
     */
    public static final Endpoint<ListPartnerTransactionsParams, Page<LedgerEntry>> LIST_PARTNER_TRANSACTIONS =
            Endpoint.get("list-partner-transactions", "/api/v1/partner/transactions", CredentialScope.PARTNER)
                    .params(ListPartnerTransactionsParams.class)
                    .paged(LedgerEntry.class, Paging.PARTNER_LEDGER)
                    .columns("created_at", "account_id", "type", "amount", "currency", "description")
                    .cli(
                            "partner transactions",
                            "List the global ledger: yours and your customers' rows, newest first.")
                    .build();

    /** {@code GET /api/v1/partner/accounts/{customer_auth_id}/numbers}: a customer's numbers (§3.15). */
    public static final Endpoint<ListCustomerNumbersParams, Page<PhoneNumber>> LIST_CUSTOMER_NUMBERS = Endpoint.get(
                    "list-customer-numbers",
                    "/api/v1/partner/accounts/{customer_auth_id}/numbers",
                    CredentialScope.PARTNER)
            .params(ListCustomerNumbersParams.class)
            .paged(PhoneNumber.class, Paging.NUMBERS)
            .columns("e164", "country", "region", "status", "monthly_fee", "currency", "application_id")
            .cli("partner customers numbers", "List a customer's numbers; search matches part of the E.164 number.")
            .build();

    /** {@code GET /api/v1/partner/numbers}: every customer's numbers (§3.16). */
    public static final Endpoint<ListPartnerNumbersParams, Page<PhoneNumber>> LIST_PARTNER_NUMBERS = Endpoint.get(
                    "list-partner-numbers", "/api/v1/partner/numbers", CredentialScope.PARTNER)
            .params(ListPartnerNumbersParams.class)
            .paged(PhoneNumber.class, Paging.NUMBERS)
            .columns("e164", "account_id", "country", "status", "monthly_fee", "currency", "application_id")
            .cli("partner numbers", "List the numbers of all your customers.")
            .build();

    // ---- end of the ledger and numbers block ----

    private static final List<Endpoint<?, ?>> ALL = collect();

    /** Every declaration above, in declaration order. */
    public static List<Endpoint<?, ?>> all() {
        return ALL;
    }

    private static List<Endpoint<?, ?>> collect() {
        List<Endpoint<?, ?>> out = new ArrayList<>();
        for (Field f : Endpoints.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == Endpoint.class) {
                try {
                    out.add((Endpoint<?, ?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(out);
    }
}
