package ai.vobiz.domain.partner;

import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a partner login (docs/api-digest.md §3.1): a JWT for an interactive session. The docs do not say how
 * the token is presented to other endpoints, and the SDK never sends it anywhere; it is a secret and never prints.
 *
 * @param tokens the access token, its type and lifetime
 * @param raw the JSON object as received
 */
public record PartnerLogin(
        @Nullable Tokens tokens, @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /**
     * The session token.
     *
     * @param accessToken the JWT (secret)
     * @param tokenType {@code Bearer}
     * @param expiresIn its lifetime in seconds, such as 3600
     * @param raw the JSON object as received
     */
    public record Tokens(
            @Nullable String accessToken,
            @Nullable String tokenType,
            @Nullable Long expiresIn,
            @Nullable RawJson raw) {

        /** All components except the access token, shown as {@code <redacted>}. */
        @Override
        public String toString() {
            return Redaction.recordToString(this);
        }
    }
}
