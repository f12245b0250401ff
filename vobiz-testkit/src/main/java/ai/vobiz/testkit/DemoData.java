package ai.vobiz.testkit;

/**
 * The credentials of the demo account and demo partner every fake server starts with. Their data is the documented
 * example of {@code GET /api/v1/auth/me} and {@code GET /api/v1/partner/me}.
 */
public final class DemoData {
    /** Auth ID of the demo main account, as in the documented example. */
    public static final String ACCOUNT_AUTH_ID = "MA_XXXXXXXX";

    /** Auth token of the demo main account (a test value, not a real secret). */
    public static final String ACCOUNT_AUTH_TOKEN = "demo-account-token-0123456789";

    /** Auth ID of the demo partner, as in the documented example. */
    public static final String PARTNER_AUTH_ID = "PA_XXXXXXXX";

    /** Auth token of the demo partner (a test value, not a real secret). */
    public static final String PARTNER_AUTH_TOKEN = "demo-partner-token-0123456789";

    private DemoData() {}
}
