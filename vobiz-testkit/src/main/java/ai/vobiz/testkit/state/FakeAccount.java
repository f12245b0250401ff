package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A main account (MA_…) that can call the account endpoints: its credentials and the Account object
 * {@code GET /api/v1/auth/me} renders, in the documented field order. Immutable; {@link #builder()} starts from the
 * documented example ({@code account-retrieve.json}), so a default account renders exactly the documented body.
 */
public final class FakeAccount extends FakeEntity {
    /** Main accounts, keyed by auth ID; admin path {@code /__admin/accounts}. */
    public static final EntityKind<FakeAccount> KIND = EntityKind.of(
            "accounts",
            FakeAccount.class,
            f -> builder().fields(credentials(f, "account")).build());

    private static final ObjectNode EXAMPLE = Json.resourceObject("examples/account-retrieve.json");

    private FakeAccount(String authToken, ObjectNode json) {
        super(authToken, json);
    }

    /** A builder whose defaults are the documented example, with the demo credentials. */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy(), DemoData.ACCOUNT_AUTH_TOKEN);
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy(), authToken);
    }

    @Override
    public EntityKind<FakeAccount> kind() {
        return KIND;
    }

    /** Builder for {@link FakeAccount}; any API field can be set with {@link #field}. */
    public static final class Builder extends FakeEntity.Builder<Builder, FakeAccount> {
        private Builder(ObjectNode json, String authToken) {
            super(json, authToken);
        }

        public Builder email(String email) {
            json.put(Fields.EMAIL, Objects.requireNonNull(email, "email"));
            return this;
        }

        public Builder authSecret(String authSecret) {
            json.put("auth_secret", Objects.requireNonNull(authSecret, "authSecret"));
            return this;
        }

        public Builder enabled(boolean enabled) {
            json.put("enabled", enabled);
            return this;
        }

        public Builder creditLimit(BigDecimal creditLimit) {
            json.put("credit_limit", Objects.requireNonNull(creditLimit, "creditLimit"));
            return this;
        }

        @Override
        public FakeAccount build() {
            requireFields("an account", Fields.AUTH_ID);
            return new FakeAccount(authToken, json.deepCopy());
        }
    }
}
