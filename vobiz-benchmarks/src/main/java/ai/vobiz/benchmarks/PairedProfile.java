package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizAsyncClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import one.profiler.AsyncProfiler;
import one.profiler.Counter;

/**
 * Where a paired ratio's gap goes: the same alternating SDK and baseline blocks as {@link PairedComparison}, in one
 * JVM after a long warm-up, with async-profiler sampling CPU (all threads: caller, event loops or dispatcher, the
 * in-JVM fake server, JIT, GC) during every block, each block's samples added to its side's. Prints samples
 * per 1000 calls by thread group and by the layer of the sampled frame, SDK beside baseline, and writes both
 * collapsed-stack profiles for a closer look.
 *
 * <p>Usage: {@code PairedProfile okhttp|netty inFlight(0 = sequential) [rounds] [warmUpSeconds] [outDir]}. Run it with
 * {@code -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints} so that inlined frames are attributed exactly.
 */
public final class PairedProfile {
    private static final long BLOCK_NANOS = 150_000_000L;
    private static final String EVENT = "event=cpu,interval=97us,threads";

    private PairedProfile() {}

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        int inFlight = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long warmUpNanos = (args.length > 3 ? Long.parseLong(args[3]) : 40) * 1_000_000_000L;
        Path out = Path.of(args.length > 4 ? args[4] : "target/profiles");
        Files.createDirectories(out);
        AsyncProfiler profiler = AsyncProfiler.getInstance();
        try (CallFixture f = new CallFixture(transport)) {
            VobizAsyncClient async = f.sdk.async();
            PairedComparison.Op sdk =
                    inFlight == 0 ? () -> f.sdk.account().retrieve() : () -> PairedComparison.batch(async, inFlight);
            PairedComparison.Op baseline = inFlight == 0 ? f::baselineSync : () -> f.baselineBatch(inFlight);
            long warmEnd = System.nanoTime() + warmUpNanos;
            while (System.nanoTime() < warmEnd) {
                PairedComparison.runFor(sdk, BLOCK_NANOS);
                PairedComparison.runFor(baseline, BLOCK_NANOS);
            }
            // Both sides are sampled in the same rounds, block by block, each block's profile dumped and added to
            // its side's. Profiling all SDK blocks first and all baseline blocks afterwards let the machine's drift
            // between the two halves (other tenants, frequency) inflate every thread of one side, the fake server
            // included, by as much as 20 %.
            long[] calls = new long[2];
            List<Map<String, Long>> stacks = List.of(new HashMap<>(), new HashMap<>());
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    int side = (round + turn) % 2;
                    PairedComparison.Op op = side == 0 ? sdk : baseline;
                    profiler.execute("start," + EVENT);
                    calls[side] += PairedComparison.runFor(op, BLOCK_NANOS) * Math.max(1, inFlight);
                    profiler.execute("stop");
                    addCollapsed(profiler.dumpCollapsed(Counter.SAMPLES), stacks.get(side));
                }
            }
            for (int side = 0; side < 2; side++) {
                writeCollapsed(stacks.get(side), out.resolve((side == 0 ? "sdk" : "baseline") + ".collapsed"));
            }
            report(transport, inFlight, out, calls);
        }
        System.exit(0);
    }

    private static void addCollapsed(String collapsed, Map<String, Long> into) {
        for (String line : collapsed.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                into.merge(
                        line.substring(0, space),
                        Long.parseLong(line.substring(space + 1).trim()),
                        Long::sum);
            }
        }
    }

    private static void writeCollapsed(Map<String, Long> stacks, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        stacks.forEach((stack, n) -> sb.append(stack).append(' ').append(n).append('\n'));
        Files.writeString(file, sb);
    }

    private static void report(String transport, int inFlight, Path out, long[] calls) throws IOException {
        Map<String, double[]> byThread = new TreeMap<>();
        Map<String, double[]> byLayer = new TreeMap<>();
        for (int side = 0; side < 2; side++) {
            Path file = out.resolve((side == 0 ? "sdk" : "baseline") + ".collapsed");
            for (String line : Files.readAllLines(file)) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                double perThousand = Long.parseLong(line.substring(space + 1)) * 1000.0 / calls[side];
                String[] frames = line.substring(0, space).split(";");
                String thread = threadGroup(frames[0]);
                byThread.computeIfAbsent(thread, k -> new double[2])[side] += perThousand;
                byLayer.computeIfAbsent(thread + " / " + layer(frames[frames.length - 1]), k -> new double[2])[side] +=
                        perThousand;
            }
        }
        System.out.printf(
                "%s, %s: %d SDK calls and %d baseline calls profiled; CPU samples (97 us) per 1000 calls%n",
                transport, inFlight == 0 ? "sequential" : inFlight + " in flight", calls[0], calls[1]);
        print("thread group", byThread, 0);
        print("thread group / layer of the sampled frame (largest differences)", byLayer, 20);
        System.out.println(
                "collapsed stacks: " + out.resolve("sdk.collapsed") + ", " + out.resolve("baseline.collapsed"));
    }

    private static void print(String title, Map<String, double[]> rows, int limit) {
        System.out.printf("%n%9s %9s %9s  %s%n", "SDK", "baseline", "diff", title);
        rows.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= 1)
                .sorted((a, b) -> limit == 0
                        ? Double.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1])
                        : Double.compare(
                                Math.abs(b.getValue()[0] - b.getValue()[1]),
                                Math.abs(a.getValue()[0] - a.getValue()[1])))
                .limit(limit == 0 ? Long.MAX_VALUE : limit)
                .forEach(e -> System.out.printf(
                        "%9.1f %9.1f %+9.1f  %s%n",
                        e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1], e.getKey()));
    }

    private static String threadGroup(String frame) {
        String name = frame.replaceAll("^\\[|\\s*tid=\\d+]$", "");
        if (name.startsWith("fake-vobiz") || name.startsWith("HTTP-Dispatcher")) {
            return "fake server";
        }
        if (name.contains("epoll") || name.contains("nio")) {
            return "event loops";
        }
        if (name.startsWith("OkHttp") || name.startsWith("Okio")) {
            return "okhttp threads";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "GC";
        }
        return name.replaceAll("\\d+", "#");
    }

    private static String layer(String frame) {
        if (frame.endsWith("_[k]")) {
            return "kernel";
        }
        String[][] layers = {
            {"io/github/resilience4j", "resilience4j"},
            {"reactor/core", "reactor-core"},
            {"reactor/netty", "reactor-netty"},
            {"io/netty", "netty"},
            {"okhttp3", "okhttp"},
            {"okio", "okio"},
            {"ai/vobiz/internal/json", "vobiz decoding"},
            {"ai/vobiz/testkit", "fake server code"},
            {"ai/vobiz", "vobiz"},
            {"tools/jackson", "jackson"},
            {"sun/net/httpserver", "jdk http server"},
            {"java/util/concurrent", "java.util.concurrent"},
            {"java/", "jdk"},
            {"jdk/", "jdk"},
            {"sun/", "jdk"},
        };
        for (String[] l : layers) {
            if (frame.startsWith(l[0])) {
                return l[1];
            }
        }
        return "native (JVM, libc)";
    }
}
