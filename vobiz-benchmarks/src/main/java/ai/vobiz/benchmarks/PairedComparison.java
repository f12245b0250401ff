package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.domain.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Paired measurements: short, timed blocks of SDK calls and of baseline calls alternate on the same HTTP stack, and
 * each round yields one ratio (SDK time per operation ÷ baseline time per operation). The median of those ratios
 * cancels the machine's drift, which on a small shared VM swings JMH iterations minutes apart by far more than the 5 %
 * being measured. Each transport is first warmed up for {@link #WARM_UP}: the Netty path needs several seconds of
 * calls before the JIT has compiled it, and an unwarmed side would be measured in the interpreter.
 *
 * <p>Usage: {@code PairedComparison RESULTS.md}: appends a section to the file (and prints it).
 */
public final class PairedComparison {
    static final int ROUNDS = 60;
    static final Duration BLOCK = Duration.ofMillis(150);
    static final Duration WARM_UP = Duration.ofSeconds(20);

    private PairedComparison() {}

    /** One operation of one side: a call, or a batch of calls in flight together. */
    @FunctionalInterface
    interface Op {
        void run() throws Exception;
    }

    /** A comparison: its name in the report, the two sides, and the largest ratio that meets its target. */
    record Pair(String name, Op sdk, Op baseline, double target) {}

    /** {@code -Dvobiz.pairs=decode}: only the decoding pairs (a quick check while working on the decoder). */
    static final boolean DECODE_ONLY = "decode".equals(System.getProperty("vobiz.pairs"));

    public static void main(String[] args) throws Exception {
        StringBuilder md = new StringBuilder("\n## Paired measurements\n\n")
                .append("Timed blocks of ")
                .append(BLOCK.toMillis())
                .append(" ms of SDK and of baseline operations alternate on the same stack (the order flips every")
                .append(" round); each round gives SDK time per operation ÷ baseline time per operation. Median and")
                .append(" quartiles of ")
                .append(ROUNDS)
                .append(" rounds, after ")
                .append(WARM_UP.toSeconds())
                .append(
                        " s of warm-up per transport (half that for decoding and the servers). On a small shared VM, JMH iterations minutes apart drift by far")
                .append(" more than 5 %, so where the two disagree these paired ratios are the ones to trust.\n\n")
                .append("| comparison | median ratio | quartiles | target | met |\n")
                .append("|---|---|---|---|---|\n");
        DecodeBenchmark decode = new DecodeBenchmark();
        decode.setup();
        FakeServerBenchmark servers = new FakeServerBenchmark();
        servers.setup();
        try {
            // The server pair first and on its own: the JDK server closes a connection idle for 30 s, and the
            // baseline client (like the SDK's) never silently re-sends on a closed pooled connection, so its calls
            // must not wait behind the decoding rows.
            List<Pair> pairs = List.of(
                    // At least 0.8x the constant server's calls per second is at most 1.25x its time per call.
                    new Pair(
                            "fake server over HTTP vs constant-body JDK server (time per call)",
                            servers::fakeOverHttp,
                            servers::constantJdkServer,
                            1.25),
                    new Pair(
                            "decoding: bytes → `Account` vs Jackson tree",
                            decode::sdkDecodeAccount,
                            decode::baselineJacksonTree,
                            1.2),
                    new Pair(
                            "decoding: 100-row customer page → `Page<Customer>` vs Jackson tree",
                            decode::sdkDecodeCustomerPage,
                            decode::baselineJacksonTreeCustomerPage,
                            1.2),
                    new Pair(
                            "decoding: 100-row customer page → `Page<Customer>` vs databind into plain records",
                            decode::sdkDecodeCustomerPage,
                            decode::baselineDatabindCustomerPage,
                            1.2),
                    new Pair(
                            "decoding: 100-row CDR page (43 fields a row) → `Page<Cdr>` vs databind into plain records",
                            decode::sdkDecodeCdrPage,
                            decode::baselineDatabindCdrPage,
                            1.0));
            // Each group warmed up right before its rows, so no connection waits idle between them.
            for (List<Pair> group : List.of(pairs.subList(0, 1), pairs.subList(1, pairs.size()))) {
                if (DECODE_ONLY && group.size() == 1) {
                    continue;
                }
                warmUp(group, WARM_UP.dividedBy(2));
                for (Pair pair : group) {
                    row(md, pair);
                }
            }
        } finally {
            servers.tearDown();
        }
        for (String transport : DECODE_ONLY ? List.<String>of() : List.of("okhttp", "netty")) {
            try (CallFixture f = new CallFixture(transport)) {
                VobizAsyncClient async = f.sdk.async();
                List<Pair> pairs = new ArrayList<>();
                pairs.add(new Pair(
                        "sequential `account().retrieve()`, " + transport,
                        () -> f.sdk.account().retrieve(),
                        f::baselineSync,
                        1.05));
                for (int inFlight : new int[] {1, 16, 256}) {
                    pairs.add(new Pair(
                            "async, " + inFlight + " in flight, " + transport,
                            () -> batch(async, inFlight),
                            () -> f.baselineBatch(inFlight),
                            1.05));
                }
                warmUp(pairs, WARM_UP);
                for (Pair pair : pairs) {
                    row(md, pair);
                }
            }
        }
        String out = md.toString();
        System.out.print(out);
        if (args.length > 0) {
            try {
                Files.writeString(Path.of(args[0]), Files.readString(Path.of(args[0])) + out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.exit(0);
    }

    /** {@code inFlight} SDK calls started together and awaited: one async operation. */
    static void batch(VobizAsyncClient async, int inFlight) {
        @SuppressWarnings("unchecked")
        CompletableFuture<Account>[] all = new CompletableFuture[inFlight];
        for (int i = 0; i < inFlight; i++) {
            all[i] = async.account().retrieve();
        }
        CompletableFuture.allOf(all).join();
    }

    /** Runs every side of every pair in turn until the warm-up time is spent. */
    private static void warmUp(List<Pair> pairs, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        Duration slice = BLOCK.multipliedBy(2);
        while (System.nanoTime() < end) {
            for (Pair p : pairs) {
                timePerOp(p.sdk(), slice);
                timePerOp(p.baseline(), slice);
            }
        }
    }

    private static void row(StringBuilder md, Pair pair) throws Exception {
        double target = pair.target();
        List<Double> ratios = new ArrayList<>(ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            double s;
            double b;
            if (round % 2 == 0) {
                s = timePerOp(pair.sdk(), BLOCK);
                b = timePerOp(pair.baseline(), BLOCK);
            } else {
                b = timePerOp(pair.baseline(), BLOCK);
                s = timePerOp(pair.sdk(), BLOCK);
            }
            ratios.add(s / b);
        }
        Collections.sort(ratios);
        double median = ratios.get(ROUNDS / 2);
        md.append("| ")
                .append(pair.name())
                .append(" | ")
                .append(fmt(median))
                .append(" | ")
                .append(fmt(ratios.get(ROUNDS / 4)))
                .append(" – ")
                .append(fmt(ratios.get(3 * ROUNDS / 4)))
                .append(" | ≤ ")
                .append(target)
                .append(" | ")
                .append(median <= target ? "yes" : "**no**")
                .append(" |\n");
        System.err.println(pair.name() + ": median " + fmt(median));
    }

    /** Runs operations for at least {@code block} (and at least one), and returns the time per operation. */
    private static double timePerOp(Op op, Duration block) throws Exception {
        long start = System.nanoTime();
        long ops = runFor(op, block.toNanos());
        return (double) (System.nanoTime() - start) / ops;
    }

    /** Runs operations for at least {@code nanos} (and at least one); returns how many ran. */
    static long runFor(Op op, long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        long ops = 0;
        do {
            op.run();
            ops++;
        } while (System.nanoTime() < end);
        return ops;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
