package ai.vobiz.benchmarks;

import java.io.IOException;

/** The documented bodies the benchmarks use. */
final class BenchmarkData {
    private BenchmarkData() {}

    /** {@code account-retrieve.json}, the documented body of {@code GET /api/v1/auth/me}. */
    static byte[] accountBody() throws IOException {
        return DecodeBenchmark.read("/account-retrieve.json");
    }
}
