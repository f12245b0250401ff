package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call detail record of a customer, keyed by its call {@code uuid}: the documented row of
 * {@code partner-customer-cdrs.json} with its 43 fields, any of which can be set.
 */
public final class FakeCdr extends FakeAccountRecord {
    /** CDRs, keyed by call UUID, owned by a customer; admin path {@code /__admin/cdrs}. */
    public static final EntityKind<FakeCdr> KIND = EntityKind.of(
            "cdrs", FakeCdr.class, f -> builder().randomKey().fields(f).build(), FakeCustomer.KIND);

    private static final ObjectNode EXAMPLE = Json.resourceObject("examples/partner-customer-cdrs.json", "/data/0");

    private FakeCdr(ObjectNode json) {
        super(json, Fields.UUID);
    }

    /** A builder whose defaults are the first documented CDR (of {@code MA_XXXXXXXX}). */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy());
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy());
    }

    @Override
    public EntityKind<FakeCdr> kind() {
        return KIND;
    }

    /** Builder for {@link FakeCdr}. */
    public static final class Builder extends FakeAccountRecord.Builder<Builder, FakeCdr> {
        private Builder(ObjectNode json) {
            super(json, Fields.UUID, FakeCdr::new, "a CDR");
        }
    }
}
