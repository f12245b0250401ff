package ai.vobiz.testkit.server;

/** Which credentials a route accepts. */
public enum Access {
    /** No credentials needed (admin endpoints). */
    PUBLIC,
    /** Any valid account or partner credentials. */
    ANY_CREDENTIALS,
    /** Main-account credentials only; a partner gets 403. */
    ACCOUNT,
    /** Partner credentials only; a main account gets 403. */
    PARTNER
}
