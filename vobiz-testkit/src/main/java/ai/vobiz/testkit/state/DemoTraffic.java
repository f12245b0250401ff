package ai.vobiz.testkit.state;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The demo data's recent calls: {@value #DEMO_PARTNER_CALLS} CDRs of the demo partner's customers and
 * {@value #SECOND_PARTNER_CALLS} of the second partner's, spread over the 30 days before the fake's clock (as the
 * store is reset), so the dashboard's default window always has traffic. Deterministic: the same clock gives the same
 * rows. Every fourth call is inbound; of every ten, six are answered, two go unanswered ({@code NO_ANSWER}), one is
 * busy ({@code USER_BUSY}), one fails ({@code CALL_REJECTED}); every ninth is a SIP-trunking call. An answered call
 * costs 0.45 a started minute, plus 0.10 of streaming on every fifth call.
 */
final class DemoTraffic {
    static final int DEMO_PARTNER_CALLS = 160;
    static final int SECOND_PARTNER_CALLS = 20;
    private static final long SPACING_MINUTES = 269; // 160 calls * 269 min < 30 days
    private static final BigDecimal RATE_PER_MINUTE = new BigDecimal("0.45");
    private static final BigDecimal STREAMING = new BigDecimal("0.10");
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private DemoTraffic() {}

    /** The calls, relative to {@code now}. */
    static List<FakeRecord> cdrs(Instant now) {
        Instant base = now.truncatedTo(ChronoUnit.SECONDS);
        List<FakeRecord> out = new ArrayList<>();
        for (int i = 0; i < DEMO_PARTNER_CALLS; i++) {
            int n = 1 + (i * 7) % DemoData.PARTNER_CUSTOMER_COUNT;
            String customer = n == 1 ? DemoData.ACCOUNT_AUTH_ID : DemoData.customerAuthId(n);
            out.add(call(i, customer, base.minus(Duration.ofMinutes(7 + i * SPACING_MINUTES))));
        }
        for (int i = 0; i < SECOND_PARTNER_CALLS; i++) {
            String customer = DemoData.secondPartnerCustomerAuthId(1 + i % DemoData.SECOND_PARTNER_CUSTOMER_COUNT);
            out.add(call(
                    DEMO_PARTNER_CALLS + i,
                    customer,
                    base.minus(
                            Duration.ofMinutes(11 + i * SPACING_MINUTES * DEMO_PARTNER_CALLS / SECOND_PARTNER_CALLS))));
        }
        return out;
    }

    private static FakeCdr call(int i, String customer, Instant start) {
        boolean inbound = i % 4 == 0;
        int outcome = i % 10;
        boolean answered = outcome < 6;
        String cause =
                answered ? "NORMAL_CLEARING" : outcome < 8 ? "NO_ANSWER" : outcome == 8 ? "USER_BUSY" : "CALL_REJECTED";
        String causeName = answered ? "Normal Hangup" : outcome < 8 ? "No Answer" : outcome == 8 ? "Busy" : "Rejected";
        int causeCode = answered ? 4000 : outcome < 8 ? 4010 : outcome == 8 ? 4020 : 4030;
        long ring = answered ? 3 + i % 12 : outcome < 8 ? 30 : 2;
        long billsec = answered ? 5 + (i * 37L) % 300 : 0;
        long duration = ring + billsec;
        BigDecimal cost =
                answered ? RATE_PER_MINUTE.multiply(BigDecimal.valueOf((billsec + 59) / 60)) : BigDecimal.ZERO;
        BigDecimal streaming = answered && i % 5 == 0 ? STREAMING : BigDecimal.ZERO;
        Instant end = start.plusSeconds(duration);
        String uuid = Ledger.uuid("traffic:" + i);
        String customerNumber = String.format(Locale.ROOT, "+91801234%04d", 5678 + i % 30);
        String other = String.format(Locale.ROOT, "+9198200%05d", (i * 7919) % 100000);
        FakeCdr.Builder b = FakeCdr.builder()
                .key(uuid)
                .accountId(customer)
                .field(Fields.ID, NODES.numberNode(19000000L + i))
                .field(FakeCdr.CALL_DIRECTION, inbound ? "inbound" : "outbound")
                .field("caller_id_name", "")
                .field("caller_id_number", inbound ? other : customerNumber)
                .field("destination_number", inbound ? customerNumber : other)
                .field(FakeCdr.CONTEXT, i % 9 == 0 ? FakeCdr.SIP_TRUNKING : "voice-api")
                .field(FakeCdr.DURATION, NODES.numberNode(duration))
                .field(FakeCdr.BILLSEC, NODES.numberNode(billsec))
                .field("ring_time", NODES.numberNode(ring))
                .field(FakeCdr.START_TIME, Timestamps.seconds(start))
                .field("progress_time", Timestamps.seconds(start))
                .field(
                        FakeCdr.ANSWER_TIME,
                        answered ? NODES.stringNode(Timestamps.seconds(start.plusSeconds(ring))) : NODES.nullNode())
                .field("end_time", Timestamps.seconds(end))
                .field(Fields.CREATED_AT, Timestamps.seconds(end))
                .field(Fields.UPDATED_AT, Timestamps.seconds(end))
                .field("cost", NODES.numberNode(cost))
                .field("streaming_cost", NODES.numberNode(streaming))
                .field(FakeCdr.TOTAL_COST, NODES.numberNode(cost.add(streaming)))
                .field("mos", NODES.numberNode(answered ? new BigDecimal("4.3") : BigDecimal.ZERO))
                .field("jitter", NODES.numberNode(answered ? 1 + i % 3 : 0))
                .field(FakeCdr.HANGUP_CAUSE, cause)
                .field("hangup_cause_name", causeName)
                .field("hangup_cause_code", NODES.numberNode(causeCode))
                .field("hangup_source", i % 2 == 0 ? "Caller" : "Callee")
                .field("bridge_uuid", uuid)
                .field("sip_call_id", uuid);
        return b.build();
    }
}
