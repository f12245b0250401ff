package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner (PA_…) held by the fake: credentials, balance, and the profile {@code GET /api/v1/partner/me} renders in
 * the documented field order (balance as a 5-decimal string). Immutable; {@link #builder()} starts from the
 * documented example ({@code partner-me.json}).
 */
public final class FakePartner extends FakeEntity {
    private static final ObjectNode EXAMPLE = Json.resourceObject("examples/partner-me.json");

    private FakePartner(String authToken, ObjectNode json) {
        super(authToken, json);
    }

    /** A builder whose defaults are the documented example, with the demo credentials. */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy(), DemoData.PARTNER_AUTH_TOKEN);
    }

    /** The balance as a decimal (the wire carries it as a 5-decimal string). */
    public BigDecimal balance() {
        return new BigDecimal(json.get("balance").asString());
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy(), authToken);
    }

    /** The auth ID, name and balance; never the token. */
    @Override
    public String toString() {
        return "FakePartner{" + authId() + ", name=" + json.path("name").asString("") + ", balance="
                + json.path("balance").asString("") + "}";
    }

    /** Builder for {@link FakePartner}; any profile field can be set with {@link #field}. */
    public static final class Builder {
        private final ObjectNode json;
        private String authToken;

        private Builder(ObjectNode json, String authToken) {
            this.json = json;
            this.authToken = authToken;
        }

        public Builder authId(String authId) {
            FakeAccount.requireText(authId, "authId");
            json.put("auth_id", authId);
            return this;
        }

        public Builder authToken(String authToken) {
            FakeAccount.requireText(authToken, "authToken");
            this.authToken = authToken;
            return this;
        }

        public Builder name(String name) {
            json.put("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        /** The balance, rendered with 5 decimals as documented ({@code "23906.83000"}). */
        public Builder balance(BigDecimal balance) {
            json.put("balance", formatBalance(balance));
            return this;
        }

        public Builder canTransferBalance(boolean can) {
            json.put("can_transfer_balance", can);
            return this;
        }

        /** Sets any profile field (existing fields keep their documented position). */
        public Builder field(String name, JsonNode value) {
            json.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Overlays every field of this object onto the partner (an {@code auth_token} field sets the token; a numeric
         * or string {@code balance} is normalised to the 5-decimal string).
         */
        public Builder fields(ObjectNode fields) {
            for (var e : fields.properties()) {
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "auth_token" -> authToken(v.asString());
                    case "balance" -> balance(parseBalance(v));
                    default -> field(e.getKey(), v.deepCopy());
                }
            }
            return this;
        }

        public FakePartner build() {
            JsonNode id = json.get("auth_id");
            if (id == null || !id.isString() || id.asString().isBlank()) {
                throw new IllegalArgumentException("a partner needs a non-empty string auth_id");
            }
            JsonNode balance = json.get("balance");
            if (balance == null || !balance.isString()) {
                throw new IllegalArgumentException("a partner needs a balance");
            }
            parseBalance(balance);
            return new FakePartner(authToken, json.deepCopy());
        }
    }

    /** Renders a balance the way the API does: a string with exactly five decimals. */
    public static String formatBalance(BigDecimal balance) {
        return Objects.requireNonNull(balance, "balance")
                .setScale(5, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private static BigDecimal parseBalance(JsonNode v) {
        try {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isString()) {
                return new BigDecimal(v.asString().trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("balance must be a decimal number or string, got " + v);
    }
}
