package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A main account (MA_…) held by the fake: its credentials and the Account object {@code GET /api/v1/auth/me} renders,
 * in the documented field order. Immutable; {@link #builder()} starts from the documented example
 * ({@code account-retrieve.json}), so a default account renders exactly the documented body.
 */
public final class FakeAccount extends FakeEntity {
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

    /** The auth ID and name; never the token or the auth secret. */
    @Override
    public String toString() {
        return "FakeAccount{" + authId() + ", name=" + json.path("name").asString("") + "}";
    }

    /** Builder for {@link FakeAccount}; any API field can be set with {@link #field}. */
    public static final class Builder {
        private final ObjectNode json;
        private String authToken;

        private Builder(ObjectNode json, String authToken) {
            this.json = json;
            this.authToken = authToken;
        }

        public Builder authId(String authId) {
            requireText(authId, "authId");
            json.put("auth_id", authId);
            return this;
        }

        public Builder authToken(String authToken) {
            requireText(authToken, "authToken");
            this.authToken = authToken;
            return this;
        }

        public Builder name(String name) {
            json.put("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        public Builder email(String email) {
            json.put("email", Objects.requireNonNull(email, "email"));
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

        /** Sets any field of the Account object (existing fields keep their documented position). */
        public Builder field(String name, JsonNode value) {
            json.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Overlays every field of this object onto the account (an {@code auth_token} field sets the token). */
        public Builder fields(ObjectNode fields) {
            for (var e : fields.properties()) {
                if (e.getKey().equals("auth_token")) {
                    authToken(e.getValue().asString());
                } else {
                    field(e.getKey(), e.getValue().deepCopy());
                }
            }
            return this;
        }

        public FakeAccount build() {
            JsonNode id = json.get("auth_id");
            if (id == null || !id.isString() || id.asString().isBlank()) {
                throw new IllegalArgumentException("an account needs a non-empty string auth_id");
            }
            return new FakeAccount(authToken, json.deepCopy());
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
