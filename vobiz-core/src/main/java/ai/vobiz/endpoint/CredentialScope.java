package ai.vobiz.endpoint;

/** Which kind of credentials an endpoint expects. */
public enum CredentialScope {
    /** A main or customer account ({@code MA_…}) — or any account, for endpoints that accept both. */
    ACCOUNT,
    /** A partner ({@code PA_…}). */
    PARTNER
}
