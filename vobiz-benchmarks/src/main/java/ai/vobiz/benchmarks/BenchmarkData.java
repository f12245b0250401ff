package ai.vobiz.benchmarks;

import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The documented bodies the benchmarks use. */
final class BenchmarkData {
    private BenchmarkData() {}

    /** {@code account-retrieve.json}, the documented body of {@code GET /api/v1/auth/me}. */
    static byte[] accountBody() throws IOException {
        return DecodeBenchmark.read("/account-retrieve.json");
    }

    /**
     * A page of 100 customers as {@code GET /api/v1/partner/accounts} returns it: the documented row
     * ({@code partner-accounts-list.json}) with distinct ids, names, emails and balances.
     */
    static byte[] customerPageBody() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode page = (ObjectNode) mapper.readTree(DecodeBenchmark.read("/partner-accounts-list.json"));
        ObjectNode row = (ObjectNode) page.get("accounts").get(0);
        ArrayNode rows = page.putArray("accounts");
        for (int i = 0; i < 100; i++) {
            ObjectNode r = row.deepCopy();
            r.put("auth_id", String.format("MA_%08d", i));
            r.put("id", Integer.toString(500000 + i));
            r.put("name", "Customer " + i);
            r.put("email", "customer" + i + "@example.com");
            r.put("cash_credits", String.format("%d.%05d", 1000 + i * 7, i * 131 % 100000));
            rows.add(r);
        }
        page.put("total", 2300);
        page.put("size", 100);
        return mapper.writeValueAsBytes(page);
    }

    /**
     * A page of 100 CDRs as {@code GET /api/v1/partner/accounts/{id}/cdrs} returns it: the documented rows
     * ({@code partner-customer-cdrs.json}, 43 fields each) repeated with distinct ids, uuids and costs.
     */
    static byte[] cdrPageBody() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode page = (ObjectNode) mapper.readTree(DecodeBenchmark.read("/partner-customer-cdrs.json"));
        ArrayNode examples = (ArrayNode) page.get("data");
        ArrayNode rows = page.putArray("data");
        for (int i = 0; i < 100; i++) {
            ObjectNode r = ((ObjectNode) examples.get(i % examples.size())).deepCopy();
            r.put("id", 9000000 + i);
            r.put("uuid", String.format("%08d-aaaa-bbbb-cccc-%012d", i, i));
            r.put("cost", new java.math.BigDecimal(String.format("%d.%02d", i % 7, i % 100)));
            rows.add(r);
        }
        page.put("count", 100);
        return mapper.writeValueAsBytes(page);
    }
}
