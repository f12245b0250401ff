package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner (PA_…): credentials, balance, currency, and the profile {@code GET /api/v1/partner/me} renders in the
 * documented field order (balance as a 5-decimal string). Immutable; {@link #builder()} starts from the documented
 * example ({@code partner-me.json}) with {@code "currency":"INR"} after the balance: the profile page describes the
 * partner currency every transfer must match, and its OpenAPI example shows the field there.
 */
public final class FakePartner extends FakeEntity {
    /** Partners, keyed by auth ID; admin path {@code /__admin/partners}. */
    public static final EntityKind<FakePartner> KIND = EntityKind.of(
            "partners",
            FakePartner.class,
            f -> builder().fields(credentials(f, "partner")).build());

    /** The currency of the demo partner and of partners built without one. */
    public static final String DEFAULT_CURRENCY = "INR";

    private static final ObjectNode EXAMPLE = withCurrency(Json.resourceObject("examples/partner-me.json"));

    private FakePartner(String authToken, ObjectNode json) {
        super(authToken, json);
    }

    /** A builder whose defaults are the documented example, with the demo credentials. */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy(), DemoData.PARTNER_AUTH_TOKEN);
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy(), authToken);
    }

    @Override
    public EntityKind<FakePartner> kind() {
        return KIND;
    }

    /** The balance as a decimal (the wire carries it as a 5-decimal string). */
    public BigDecimal balance() {
        return decimal(Fields.BALANCE);
    }

    /** The partner currency; transfers must be in it. */
    public String currency() {
        return text(Fields.CURRENCY);
    }

    /** The partner's permanent UUID, the profile's {@code id} (a customer's {@code partner_id}). */
    public String partnerId() {
        return text(Fields.ID);
    }

    /** Whether the partner may move balance to its customers ({@code can_transfer_balance}). */
    public boolean canTransferBalance() {
        return json.path(Fields.CAN_TRANSFER_BALANCE).asBoolean(false);
    }

    /** Whether the partner may read its customers' CDRs ({@code can_view_cdrs}; absent: true). */
    public boolean canViewCdrs() {
        return json.path(CAN_VIEW_CDRS).asBoolean(true);
    }

    /** The capability gate of the CDR endpoints. */
    public static final String CAN_VIEW_CDRS = "can_view_cdrs";

    @Override
    String details() {
        return ", balance=" + text(Fields.BALANCE);
    }

    private static ObjectNode withCurrency(ObjectNode example) {
        ObjectNode out = Json.object();
        for (var e : example.properties()) {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals(Fields.BALANCE) && !example.has(Fields.CURRENCY)) {
                out.put(Fields.CURRENCY, DEFAULT_CURRENCY);
            }
        }
        return out;
    }

    /** Builder for {@link FakePartner}; any profile field can be set with {@link #field}. */
    public static final class Builder extends FakeEntity.Builder<Builder, FakePartner> {
        private Builder(ObjectNode json, String authToken) {
            super(json, authToken);
        }

        /** The balance, rendered with 5 decimals as documented ({@code "23906.83000"}). */
        public Builder balance(BigDecimal balance) {
            json.put(Fields.BALANCE, formatBalance(balance));
            return this;
        }

        public Builder currency(String currency) {
            json.put(Fields.CURRENCY, Objects.requireNonNull(currency, "currency"));
            return this;
        }

        public Builder canTransferBalance(boolean can) {
            json.put(Fields.CAN_TRANSFER_BALANCE, can);
            return this;
        }

        /** Also: a numeric or string {@code balance} is normalised to the 5-decimal string. */
        @Override
        boolean special(String name, JsonNode value) {
            if (name.equals(Fields.BALANCE)) {
                balance(Decimals.parse(value, Fields.BALANCE));
                return true;
            }
            return super.special(name, value);
        }

        @Override
        public FakePartner build() {
            requireFields("a partner", Fields.AUTH_ID);
            JsonNode balance = json.get(Fields.BALANCE);
            if (balance == null || !balance.isString()) {
                throw new IllegalArgumentException("a partner needs a balance");
            }
            Decimals.parse(balance, Fields.BALANCE);
            return new FakePartner(authToken, json.deepCopy());
        }
    }

    /** Renders a balance the way the API does: a string with exactly five decimals. */
    public static String formatBalance(BigDecimal balance) {
        return Decimals.fiveDecimals(balance);
    }
}
