package ai.vobiz.testkit;

import java.util.Locale;

/**
 * The credentials and ids of the demo data every fake server starts with: the demo account and demo partner (the
 * documented examples of {@code GET /api/v1/auth/me} and {@code GET /api/v1/partner/me}), the demo partner's
 * {@value #PARTNER_CUSTOMER_COUNT} customers, and a second partner with {@value #SECOND_PARTNER_CUSTOMER_COUNT}
 * customers of its own. The data is the same on every run; the testkit README lists it.
 */
public final class DemoData {
    /** Auth ID of the demo main account, as in the documented example; also the demo partner's first customer. */
    public static final String ACCOUNT_AUTH_ID = "MA_XXXXXXXX";

    /** Auth token of the demo main account (a test value, not a real secret). */
    public static final String ACCOUNT_AUTH_TOKEN = "demo-account-token-0123456789";

    /** Auth ID of the demo partner, as in the documented example. */
    public static final String PARTNER_AUTH_ID = "PA_XXXXXXXX";

    /** Auth token of the demo partner (a test value, not a real secret). */
    public static final String PARTNER_AUTH_TOKEN = "demo-partner-token-0123456789";

    /** How many customers the demo partner has: {@code MA_XXXXXXXX} and {@code MA_DEMO0002} … {@code MA_DEMO0030}. */
    /**
     * The console password of every partner in the fake, for {@code POST /api/v1/partner/login} with the partner's
     * email (the demo partner's is {@code admin@example.com}).
     */
    public static final String PARTNER_CONSOLE_PASSWORD = "Demo-console-1";

    public static final int PARTNER_CUSTOMER_COUNT = 30;

    /** Auth ID of a second partner, whose customers the demo partner never sees. */
    public static final String SECOND_PARTNER_AUTH_ID = "PA_YYYYYYYY";

    /** Auth token of the second partner (a test value, not a real secret). */
    public static final String SECOND_PARTNER_AUTH_TOKEN = "demo-partner-2-token-0123456789";

    /** How many customers the second partner has: {@code MA_YYYY0001} … {@code MA_YYYY0005}. */
    public static final int SECOND_PARTNER_CUSTOMER_COUNT = 5;

    private DemoData() {}

    /** The demo partner's n-th customer, newest first: 1 is {@code MA_XXXXXXXX}, then {@code MA_DEMO0002} …. */
    public static String customerAuthId(int n) {
        if (n < 1 || n > PARTNER_CUSTOMER_COUNT) {
            throw new IllegalArgumentException("the demo partner's customers are 1.." + PARTNER_CUSTOMER_COUNT);
        }
        return n == 1 ? ACCOUNT_AUTH_ID : String.format(Locale.ROOT, "MA_DEMO%04d", n);
    }

    /** The second partner's n-th customer: {@code MA_YYYY0001} …. */
    public static String secondPartnerCustomerAuthId(int n) {
        if (n < 1 || n > SECOND_PARTNER_CUSTOMER_COUNT) {
            throw new IllegalArgumentException(
                    "the second partner's customers are 1.." + SECOND_PARTNER_CUSTOMER_COUNT);
        }
        return String.format(Locale.ROOT, "MA_YYYY%04d", n);
    }

    /**
     * The API token of a demo customer, as the customer list serves it: the demo account's for {@code MA_XXXXXXXX},
     * {@code demo-customer-token-<id>} for the others (test values, not real secrets).
     */
    public static String customerAuthToken(String customerAuthId) {
        return customerAuthId.equals(ACCOUNT_AUTH_ID)
                ? ACCOUNT_AUTH_TOKEN
                : "demo-customer-token-" + customerAuthId.toLowerCase(Locale.ROOT);
    }
}
