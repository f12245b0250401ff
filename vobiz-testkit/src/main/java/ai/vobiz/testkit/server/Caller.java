package ai.vobiz.testkit.server;

/**
 * Who sent a request, once the credentials were checked.
 *
 * @param kind the kind of credentials
 * @param authId the authenticated auth ID (empty for {@link Kind#ANONYMOUS})
 */
public record Caller(Kind kind, String authId) {
    /** Kinds of credentials the fake knows. */
    public enum Kind {
        /** A main (customer) account, {@code MA_…}. */
        ACCOUNT,
        /** A partner, {@code PA_…}. */
        PARTNER,
        /** No credentials checked (admin routes). */
        ANONYMOUS
    }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "");
}
