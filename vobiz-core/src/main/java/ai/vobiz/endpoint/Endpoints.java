package ai.vobiz.endpoint;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.internal.json.DomainDecoders;

/** Every typed endpoint of the SDK, each declared exactly once. */
public final class Endpoints {
    private Endpoints() {}

    /** {@code GET /api/v1/auth/me}: the authenticated account (DIGEST §2.1). */
    public static final Endpoint<Account> RETRIEVE_ACCOUNT = Endpoint.get(
            "retrieve-account", "/api/v1/auth/me", CredentialScope.ACCOUNT, Account.class, DomainDecoders::account);

    /** {@code GET /api/v1/partner/me}: the authenticated partner's profile (DIGEST §3.2). */
    public static final Endpoint<PartnerProfile> PARTNER_PROFILE = Endpoint.get(
            "get-partner-profile",
            "/api/v1/partner/me",
            CredentialScope.PARTNER,
            PartnerProfile.class,
            DomainDecoders::partnerProfile);
}
