package ai.vobiz;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded randomized tests, reproducible: each try gets its own {@link SplittableRandom} from {@code base + i}. The base
 * seed is {@code -Dvobiz.seed=N} when given, else new each run and printed; a failing try names its seed and the
 * property to rerun it with.
 */
public final class Seeded {
    private Seeded() {}

    public static long baseSeed(String property) {
        String given = System.getProperty("vobiz.seed");
        long base = given != null ? Long.parseLong(given) : System.nanoTime();
        System.out.println(property + ": base seed " + base + " (rerun with -Dvobiz.seed=" + base + ")");
        return base;
    }

    /** Runs {@code check} {@code tries} times, each with the random of its own seed. */
    public static void forEach(String property, int tries, Consumer<SplittableRandom> check) {
        long base = baseSeed(property);
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            try {
                check.accept(new SplittableRandom(seed));
            } catch (Throwable t) {
                throw new AssertionError(
                        property + " failed for seed " + seed + " (try " + i + "; rerun with -Dvobiz.seed=" + seed
                                + "): " + t.getMessage(),
                        t);
            }
        }
    }
}
