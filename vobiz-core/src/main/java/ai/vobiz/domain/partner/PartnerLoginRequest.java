package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;

/**
 * Body of {@code POST /api/v1/partner/login} (docs/api-digest.md §3.1): the partner console's email and password.
 * For interactive use only — a person signing in; servers call the partner API with the partner's {@code X-Auth-ID}
 * and {@code X-Auth-Token}. The password never appears in {@link #toString()}, logs or errors.
 *
 * @param email the partner console login
 * @param password its password
 */
public record PartnerLoginRequest(String email, String password) {
    public PartnerLoginRequest {
        Checks.required(email, "email");
        Checks.required(password, "password");
    }

    /** All components, the password shown as {@code <redacted>}. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
