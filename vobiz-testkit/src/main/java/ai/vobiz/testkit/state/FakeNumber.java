package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A phone number (DID) rented by a customer, keyed by its {@code id}: the documented item of
 * {@code partner-customer-numbers.json}, any field of which can be set.
 */
public final class FakeNumber extends FakeAccountRecord {
    /** Numbers, keyed by id, owned by a customer; admin path {@code /__admin/numbers}. */
    public static final EntityKind<FakeNumber> KIND = EntityKind.of(
            "numbers", FakeNumber.class, f -> builder().randomKey().fields(f).build(), FakeCustomer.KIND);

    private static final String E164 = "e164";

    private static final ObjectNode EXAMPLE = Json.resourceObject("examples/partner-customer-numbers.json", "/items/0");

    private FakeNumber(ObjectNode json) {
        super(json, Fields.ID);
    }

    /** A builder whose defaults are the documented number (of {@code MA_XXXXXXXX}). */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy());
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy());
    }

    @Override
    public EntityKind<FakeNumber> kind() {
        return KIND;
    }

    /** The number in E.164, e.g. {@code +918012345678}. */
    public String e164() {
        return text(E164);
    }

    /** Builder for {@link FakeNumber}. */
    public static final class Builder extends FakeAccountRecord.Builder<Builder, FakeNumber> {
        private Builder(ObjectNode json) {
            super(json, Fields.ID, FakeNumber::new, "a number");
        }

        public Builder e164(String e164) {
            return field(E164, e164);
        }
    }
}
