package ai.vobiz.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into {@code RESULTS.md}: every figure, and every SDK figure beside its baseline as a
 * ratio "SDK ÷ baseline" in time per call (so lower is better, 1.00 is parity), with the target it must meet.
 *
 * <p>Usage: {@code ResultsReport results.json RESULTS.md coldStartMillis machineDescription}
 */
public final class ResultsReport {
    private ResultsReport() {}

    record Row(
            String benchmark,
            Map<String, String> params,
            String mode,
            double score,
            double error,
            String unit,
            double allocPerOp) {
        String key() {
            return params.isEmpty() ? "" : params.toString();
        }

        /** Time per operation in nanoseconds, whatever the mode. */
        double nanosPerOp() {
            double perUnit = switch (unit.substring(0, unit.indexOf('/') < 0 ? unit.length() : unit.indexOf('/'))) {
                case "ns" -> 1;
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                default -> 1;
            };
            if (mode.equals("thrpt")) {
                String per = unit.substring(unit.indexOf('/') + 1);
                double secondsPer = switch (per) {
                    case "ns" -> 1e-9;
                    case "us" -> 1e-6;
                    case "ms" -> 1e-3;
                    default -> 1;
                };
                return secondsPer * 1e9 / score;
            }
            return score * perUnit;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ResultsReport results.json RESULTS.md coldStartMillis machine");
            System.exit(2);
        }
        JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : root) {
            String name = r.get("benchmark").asString();
            Map<String, String> params = new TreeMap<>();
            JsonNode p = r.get("params");
            if (p != null) {
                p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            }
            JsonNode pm = r.get("primaryMetric");
            JsonNode alloc =
                    r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            rows.add(new Row(
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    params,
                    r.get("mode").asString(),
                    pm.get("score").asDouble(),
                    pm.path("scoreError").asDouble(Double.NaN),
                    pm.get("scoreUnit").asString(),
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
        }
        StringBuilder md = new StringBuilder();
        md.append("# vobiz-java benchmark results\n\n");
        md.append("- Date: ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append('\n');
        md.append("- JDK: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append('\n');
        md.append("- Machine: ").append(args[3]).append('\n');
        md.append("- Produced by `vobiz-benchmarks/run.sh` (short JMH configuration: see the script). ")
                .append("Ratios are SDK ÷ baseline in time per call, measured side by side in one run. ")
                .append("Each baseline is the hand-written call on the same HTTP client, sending the same headers ")
                .append("(the SDK's `User-Agent` included), with Jackson reading the body into a tree.\n\n");

        md.append("## JMH ratios (indicative only: the targets are judged on the paired measurements below)\n\n")
                .append("JMH runs the SDK and the baseline as separate benchmarks, each in its own fork, minutes ")
                .append("apart, after 6 s of warm-up. On a small shared VM, the drift between forks is larger ")
                .append("than the 5 % being measured (see each figure's error below), and 6 s is too short for ")
                .append("the JIT to finish compiling the Netty paths, so a fork may still run partly interpreted. ")
                .append("The paired measurements at the end alternate both sides in one JVM after 20 s of ")
                .append("warm-up; they decide whether a target is met.\n\n")
                .append("| benchmark | params | SDK | baseline | ratio | target | within |\n")
                .append("|---|---|---|---|---|---|---|\n");
        ratio(md, rows, "DecodeBenchmark", "sdkDecodeAccount", "baselineJacksonTree", 1.2);
        ratio(md, rows, "DecodeBenchmark", "sdkDecodeCustomerPage", "baselineJacksonTreeCustomerPage", 1.2);
        ratio(md, rows, "DecodeBenchmark", "sdkDecodeCustomerPage", "baselineDatabindCustomerPage", 1.2);
        ratio(md, rows, "DecodeBenchmark", "sdkDecodeCdrPage", "baselineDatabindCdrPage", 1.0);
        ratio(md, rows, "SequentialCallBenchmark", "sdk", "baseline", 1.05);
        ratio(md, rows, "AsyncThroughputBenchmark", "sdk", "baseline", 1.05);
        // The fake must reach 0.8x the constant server's throughput, i.e. at most 1.25x its time per call.
        ratio(md, rows, "FakeServerBenchmark", "fakeOverHttp", "constantJdkServer", 1.25);

        md.append(
                        "\n## Cold start\n\nA fresh JVM running `vobiz account` on the embedded fake server, wall time to exit")
                .append(" (mean of the runs in run.sh): **")
                .append(args[2])
                .append(" ms**.\n");

        md.append("\n## All figures\n\n| benchmark | params | mode | score | error | unit | alloc B/op |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ")
                    .append(r.benchmark)
                    .append(" | ")
                    .append(r.key())
                    .append(" | ")
                    .append(r.mode)
                    .append(" | ")
                    .append(fmt(r.score))
                    .append(" | ")
                    .append(fmt(r.error))
                    .append(" | ")
                    .append(r.unit)
                    .append(" | ")
                    .append(Double.isNaN(r.allocPerOp) ? "" : fmt(r.allocPerOp))
                    .append(" |\n");
        }
        Files.writeString(Path.of(args[1]), md.toString());
        System.out.println(md);
    }

    private static void ratio(StringBuilder md, List<Row> rows, String cls, String sdk, String base, double target) {
        for (Row s : rows) {
            if (!s.benchmark.equals(cls + "." + sdk)) {
                continue;
            }
            for (Row b : rows) {
                if (b.benchmark.equals(cls + "." + base) && b.params.equals(s.params)) {
                    double ratio = s.nanosPerOp() / b.nanosPerOp();
                    md.append("| ")
                            .append(cls)
                            .append(" | ")
                            .append(s.key())
                            .append(" | ")
                            .append(fmt(s.nanosPerOp()))
                            .append(" ns/op | ")
                            .append(fmt(b.nanosPerOp()))
                            .append(" ns/op | ")
                            .append(String.format(Locale.ROOT, "%.3f", ratio))
                            .append(" | ≤ ")
                            .append(target)
                            .append(" | ")
                            .append(ratio <= target ? "yes" : "no")
                            .append(" |\n");
                }
            }
        }
    }

    private static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d);
    }
}
