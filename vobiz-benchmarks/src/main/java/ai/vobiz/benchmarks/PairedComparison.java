package ai.vobiz.benchmarks;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.domain.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Paired measurements: short blocks of SDK calls and of baseline calls alternate on the same HTTP stack, and each
 * round yields one ratio (SDK time ÷ baseline time). The median of those ratios cancels the machine's drift, which on
 * a small shared VM swings JMH iterations minutes apart by far more than the 5 % being measured.
 *
 * <p>Usage: {@code PairedComparison RESULTS.md}: appends a section to the file (and prints it).
 */
public final class PairedComparison {
    private static final int ROUNDS = 24;

    private PairedComparison() {}

    /** One side of a pair: runs {@code n} operations. */
    @FunctionalInterface
    interface Block {
        void run(int n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        StringBuilder md = new StringBuilder("\n## Paired measurements\n\n")
                .append(
                        "Blocks of SDK and baseline operations alternate on the same stack (the order flips every round);")
                .append(" each round gives SDK time ÷ baseline time. Median and quartiles of ")
                .append(ROUNDS)
                .append(
                        " rounds, after a warm-up. On a small shared VM, JMH iterations minutes apart drift by far more")
                .append(" than 5 %, so where the two disagree these paired ratios are the ones to trust.\n\n")
                .append("| comparison | median ratio | quartiles | target | met |\n")
                .append("|---|---|---|---|---|\n");
        for (String transport : List.of("okhttp", "netty")) {
            try (CallFixture f = new CallFixture(transport)) {
                row(
                        md,
                        "sequential `account().retrieve()`, " + transport,
                        1.05,
                        n -> {
                            for (int i = 0; i < n; i++) {
                                f.sdk.account().retrieve();
                            }
                        },
                        n -> {
                            for (int i = 0; i < n; i++) {
                                f.baselineSync();
                            }
                        },
                        300);
                VobizAsyncClient async = f.sdk.async();
                for (int inFlight : new int[] {1, 16, 256}) {
                    row(
                            md,
                            "async, " + inFlight + " in flight, " + transport,
                            1.05,
                            n -> {
                                for (int i = 0; i < n; i++) {
                                    batch(async, inFlight);
                                }
                            },
                            n -> {
                                for (int i = 0; i < n; i++) {
                                    f.baselineBatch(inFlight);
                                }
                            },
                            Math.max(2, 300 / inFlight));
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

    private static void batch(VobizAsyncClient async, int inFlight) {
        @SuppressWarnings("unchecked")
        CompletableFuture<Account>[] all = new CompletableFuture[inFlight];
        for (int i = 0; i < inFlight; i++) {
            all[i] = async.account().retrieve();
        }
        CompletableFuture.allOf(all).join();
    }

    private static void row(StringBuilder md, String name, double target, Block sdk, Block baseline, int n)
            throws Exception {
        sdk.run(n * 4); // warm-up, both sides
        baseline.run(n * 4);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long s;
            long b;
            if (round % 2 == 0) {
                s = time(sdk, n);
                b = time(baseline, n);
            } else {
                b = time(baseline, n);
                s = time(sdk, n);
            }
            ratios.add((double) s / b);
        }
        Collections.sort(ratios);
        double median = ratios.get(ROUNDS / 2);
        md.append("| ")
                .append(name)
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
        System.err.println(name + ": median " + fmt(median));
    }

    private static long time(Block block, int n) throws Exception {
        long start = System.nanoTime();
        block.run(n);
        return System.nanoTime() - start;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
