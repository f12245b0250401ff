package ai.vobiz.testkit.fault;

import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Fault} scoped to requests: by method and path (either left out means any), and to the next {@code n}
 * matching requests ({@link Builder#times}) or to a seeded, hence reproducible, fraction of them
 * ({@link Builder#fraction}). With neither, the fault hits every matching request until the faults are cleared.
 *
 * <p>A path ending in {@code *} matches by prefix ({@code /api/v1/partner/*}). A rule keeps its own counter and
 * random sequence, so it is thread-safe but stateful: build a new rule for each test.
 */
public final class FaultRule {
    private final Fault fault;
    private final @Nullable String method;
    private final @Nullable String path;
    private final int times;
    private final double fraction;
    private final long seed;
    private final AtomicInteger remaining;
    private final @Nullable Random random;

    private FaultRule(Builder b) {
        this.fault = b.fault;
        this.method = b.method;
        this.path = b.path;
        this.times = b.times;
        this.fraction = b.fraction;
        this.seed = b.seed;
        this.remaining = new AtomicInteger(b.times);
        this.random = b.fraction >= 0 ? new Random(b.seed) : null;
    }

    /** Starts a rule for this fault; without further scoping it hits every request. */
    public static Builder of(Fault fault) {
        return new Builder(fault);
    }

    public Fault fault() {
        return fault;
    }

    /** The method matched (upper case), or null for any. */
    public @Nullable String method() {
        return method;
    }

    /** The path matched, or null for any. */
    public @Nullable String path() {
        return path;
    }

    /** Whether method and path match, regardless of the count or fraction. */
    public boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        if (path.endsWith("*")) {
            return requestPath.startsWith(path.substring(0, path.length() - 1));
        }
        return path.equals(requestPath);
    }

    /**
     * Decides for one matching request whether the fault fires, consuming one of the {@code times} or one draw of
     * the seeded sequence.
     */
    public boolean tryFire() {
        if (random != null) {
            synchronized (random) {
                return random.nextDouble() < fraction;
            }
        }
        if (times < 0) {
            return true;
        }
        return remaining.getAndUpdate(r -> r > 0 ? r - 1 : 0) > 0;
    }

    /** Whether a counted rule is used up (it will never fire again). */
    public boolean exhausted() {
        return random == null && times >= 0 && remaining.get() == 0;
    }

    @Override
    public String toString() {
        String scope = random != null
                ? "fraction " + fraction + " (seed " + seed + ")"
                : times >= 0 ? "next " + times + " (" + remaining.get() + " left)" : "always";
        return "FaultRule{" + fault + " on " + (method == null ? "*" : method) + " " + (path == null ? "*" : path)
                + ", " + scope + "}";
    }

    /** Builder for {@link FaultRule}. */
    public static final class Builder {
        private final Fault fault;
        private @Nullable String method;
        private @Nullable String path;
        private int times = -1;
        private double fraction = -1;
        private long seed;

        private Builder(Fault fault) {
            this.fault = Objects.requireNonNull(fault, "fault");
        }

        /** Only requests with this method ({@code GET}, {@code POST}...); null for any. */
        public Builder method(@Nullable String method) {
            this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
            return this;
        }

        /** Only requests to this path (exact, or a prefix when it ends with {@code *}); null for any. */
        public Builder path(@Nullable String path) {
            if (path != null && !path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/', got '" + path + "'");
            }
            this.path = path;
            return this;
        }

        /** Only the next {@code n} matching requests. */
        public Builder times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("times must be at least 1, got " + n);
            }
            this.times = n;
            this.fraction = -1;
            return this;
        }

        /** A reproducible fraction of matching requests: the same seed gives the same hit sequence. */
        public Builder fraction(double fraction, long seed) {
            if (!(fraction >= 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("fraction must be within 0..1, got " + fraction);
            }
            this.fraction = fraction;
            this.seed = seed;
            this.times = -1;
            return this;
        }

        public FaultRule build() {
            return new FaultRule(this);
        }
    }
}
