package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
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

    // ---- what the CDR filters, the summary and the dashboard read (field names: docs/api-digest.md §3.18) ----

    /** The row's fields the fake reads. */
    public static final String START_TIME = "start_time";

    public static final String ANSWER_TIME = "answer_time";
    public static final String CALL_DIRECTION = "call_direction";
    public static final String HANGUP_CAUSE = "hangup_cause";
    public static final String DURATION = "duration";
    public static final String BILLSEC = "billsec";
    public static final String TOTAL_COST = "total_cost";
    public static final String CONTEXT = "context";

    /** The {@code context} of a SIP-trunking call ({@code voice-api} otherwise). */
    public static final String SIP_TRUNKING = "sip-trunking";

    private static final Set<String> NO_ANSWER_CAUSES = Set.of("NO_ANSWER", "NO_USER_RESPONSE", "ORIGINATOR_CANCEL");

    /** When the call started ({@code start_time}); the epoch when the row has none. */
    public Instant startTime() {
        return Timestamps.parse(text(START_TIME)).orElse(Instant.EPOCH);
    }

    /** {@code inbound} or {@code outbound}. */
    public String direction() {
        return text(CALL_DIRECTION);
    }

    public String hangupCause() {
        return text(HANGUP_CAUSE);
    }

    /** The call's length in seconds, ringing included ({@code duration}). */
    public long duration() {
        return json.path(DURATION).asLong(0);
    }

    /** The billed seconds ({@code billsec}). */
    public long billsec() {
        return json.path(BILLSEC).asLong(0);
    }

    /** What the call cost, streaming included ({@code total_cost}), exactly; zero when absent. */
    public BigDecimal totalCost() {
        return json.path(TOTAL_COST).isMissingNode() || json.path(TOTAL_COST).isNull()
                ? BigDecimal.ZERO
                : decimal(TOTAL_COST);
    }

    /** Whether the call was answered: it has an {@code answer_time}. */
    public boolean answered() {
        return !text(ANSWER_TIME).isBlank();
    }

    /** Whether it is a SIP-trunking call ({@code context} {@value #SIP_TRUNKING}); else a voice-API call. */
    public boolean sipTrunking() {
        return SIP_TRUNKING.equals(text(CONTEXT));
    }

    /**
     * The value of the {@code status} filter this row matches: {@code answered} when it has an {@code answer_time};
     * else {@code busy} for {@code USER_BUSY}, {@code no_answer} for {@code NO_ANSWER}, {@code NO_USER_RESPONSE} or
     * {@code ORIGINATOR_CANCEL}, and {@code failed} for any other cause.
     */
    public String status() {
        if (answered()) {
            return "answered";
        }
        String cause = hangupCause();
        if (cause.equals("USER_BUSY")) {
            return "busy";
        }
        return NO_ANSWER_CAUSES.contains(cause) ? "no_answer" : "failed";
    }

    /** Builder for {@link FakeCdr}. */
    public static final class Builder extends FakeAccountRecord.Builder<Builder, FakeCdr> {
        private Builder(ObjectNode json) {
            super(json, Fields.UUID, FakeCdr::new, "a CDR");
        }
    }
}
