package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's customer: a main account (MA_…) owned by a partner, as {@code GET /api/v1/partner/accounts} lists it
 * (the documented row of {@code partner-accounts-list.json}, field order kept), with its wallet ({@code cash_credits},
 * a 5-decimal string) and its API token ({@code auth_token}, which the list serves as documented). Owns its ledger
 * rows, CDRs and numbers. Its {@code partner_id} is filled in from its partner when stored.
 */
public final class FakeCustomer extends FakeEntity {
    /** Customers, keyed by auth ID, owned by a partner; admin path {@code /__admin/customers}. */
    public static final EntityKind<FakeCustomer> KIND = EntityKind.of(
            "customers",
            FakeCustomer.class,
            f -> builder().fields(credentials(f, "customer")).build(),
            FakePartner.KIND);

    private static final ObjectNode EXAMPLE = Json.resourceObject("examples/partner-accounts-list.json", "/accounts/0");

    private final String partnerAuthId;

    private FakeCustomer(String authToken, String partnerAuthId, ObjectNode json) {
        super(authToken, json);
        this.partnerAuthId = partnerAuthId;
    }

    /**
     * A builder whose defaults are the documented row: {@code MA_XXXXXXXX} of the demo partner, with the demo account's
     * token (the row is the demo account).
     */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy(), DemoData.ACCOUNT_AUTH_TOKEN, DemoData.PARTNER_AUTH_ID);
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy(), authToken, partnerAuthId);
    }

    @Override
    public EntityKind<FakeCustomer> kind() {
        return KIND;
    }

    /** The owning partner's auth ID. */
    public String partnerAuthId() {
        return partnerAuthId;
    }

    @Override
    public String parentKey() {
        return partnerAuthId;
    }

    public String email() {
        return text(Fields.EMAIL);
    }

    /** The wallet balance (served as a 5-decimal string). */
    public BigDecimal cashCredits() {
        return decimal(Fields.CASH_CREDITS);
    }

    /** When the customer was created; {@link Instant#EPOCH} when its {@code created_at} is not a timestamp. */
    public Instant createdAt() {
        return Timestamps.parse(text(Fields.CREATED_AT)).orElse(Instant.EPOCH);
    }

    /** A copy with this wallet balance, updated at {@code when}. */
    public FakeCustomer withCashCredits(BigDecimal cashCredits, Instant when) {
        return newBuilder()
                .cashCredits(cashCredits)
                .field(Fields.UPDATED_AT, Timestamps.microsOffset(when))
                .build();
    }

    /** Also shows {@code partner_auth_id}, the fake's record of the owner. */
    @Override
    public ObjectNode adminJson() {
        ObjectNode out = json();
        out.put(Fields.PARTNER_AUTH_ID, partnerAuthId);
        return out;
    }

    @Override
    FakeRecord linked(FakeState.View view) {
        String partnerId = view.get(FakePartner.KIND, partnerAuthId)
                .map(FakePartner::partnerId)
                .orElse(null);
        if (partnerId == null || partnerId.equals(text(Fields.PARTNER_ID))) {
            return this;
        }
        return newBuilder().field(Fields.PARTNER_ID, partnerId).build();
    }

    @Override
    String details() {
        return ", partner=" + partnerAuthId + ", cash_credits=" + text(Fields.CASH_CREDITS);
    }

    /** Builder for {@link FakeCustomer}; any row field can be set with {@link #field}. */
    public static final class Builder extends FakeEntity.Builder<Builder, FakeCustomer> {
        private String partnerAuthId;

        private Builder(ObjectNode json, String authToken, String partnerAuthId) {
            super(json, authToken);
            this.partnerAuthId = partnerAuthId;
        }

        /** The owning partner (the admin and seed field {@code partner_auth_id}). */
        public Builder partnerAuthId(String partnerAuthId) {
            requireNonBlank(partnerAuthId, "partnerAuthId");
            this.partnerAuthId = partnerAuthId;
            return this;
        }

        public Builder email(String email) {
            json.put(Fields.EMAIL, Objects.requireNonNull(email, "email"));
            return this;
        }

        /** The wallet balance, rendered with 5 decimals as documented ({@code "1300.00000"}). */
        public Builder cashCredits(BigDecimal cashCredits) {
            json.put(Fields.CASH_CREDITS, Decimals.fiveDecimals(cashCredits));
            return this;
        }

        /** Also: {@code partner_auth_id} sets the owner; a numeric {@code cash_credits} becomes the 5-decimal string. */
        @Override
        boolean special(String name, JsonNode value) {
            if (name.equals(Fields.PARTNER_AUTH_ID)) {
                partnerAuthId(value.asString(""));
                return true;
            }
            if (name.equals(Fields.CASH_CREDITS)) {
                cashCredits(Decimals.parse(value, Fields.CASH_CREDITS));
                return true;
            }
            return super.special(name, value);
        }

        @Override
        public FakeCustomer build() {
            requireFields("a customer", Fields.AUTH_ID);
            Decimals.parse(json.path(Fields.CASH_CREDITS), Fields.CASH_CREDITS);
            ObjectNode out = json.deepCopy();
            out.put(Fields.AUTH_TOKEN, authToken);
            return new FakeCustomer(authToken, partnerAuthId, out);
        }
    }
}
