package ai.vobiz.port.resilience;

import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * When and how soon to try a call again. Transports consult it after every attempt; it is the single definition of
 * retry semantics, so every transport retries alike.
 *
 * <p>Defaults: 3 attempts; retryable statuses 429, 502, 503, 504; connect failures, read timeouts and broken
 * exchanges retried for idempotent requests; backoff 200 ms doubling to at most 5 s with ±50 % jitter;
 * {@code Retry-After} (seconds or HTTP date) honoured up to 30 s, beyond which the call gives up; non-idempotent
 * requests never retried ({@link NonIdempotentRetry#NEVER}).
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = new Builder().build();
    private static final RetryPolicy DISABLED = new Builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration retryAfterCap;
    private final Set<Integer> retryableStatuses;
    private final boolean retryOnConnectFailure;
    private final boolean retryOnReadTimeout;
    private final boolean retryOnNetworkError;
    private final NonIdempotentRetry nonIdempotentRetry;
    private final DoubleSupplier random;
    private final Clock clock;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + b.maxAttempts);
        }
        if (b.multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1.0, got " + b.multiplier);
        }
        if (b.jitter < 0 || b.jitter > 1) {
            throw new IllegalArgumentException("jitter must be within [0, 1], got " + b.jitter);
        }
        requireNonNegative(b.initialBackoff, "initialBackoff");
        requireNonNegative(b.maxBackoff, "maxBackoff");
        requireNonNegative(b.retryAfterCap, "retryAfterCap");
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.retryAfterCap = b.retryAfterCap;
        this.retryableStatuses = Set.copyOf(b.retryableStatuses);
        this.retryOnConnectFailure = b.retryOnConnectFailure;
        this.retryOnReadTimeout = b.retryOnReadTimeout;
        this.retryOnNetworkError = b.retryOnNetworkError;
        this.nonIdempotentRetry = Objects.requireNonNull(b.nonIdempotentRetry, "nonIdempotentRetry");
        this.random = Objects.requireNonNull(b.random, "random");
        this.clock = Objects.requireNonNull(b.clock, "clock");
    }

    public static RetryPolicy ofDefaults() {
        return DEFAULTS;
    }

    /** One attempt, never retried. */
    public static RetryPolicy disabled() {
        return DISABLED;
    }

    public static Builder custom() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    // ---- decisions -------------------------------------------------------------------------------------------

    /**
     * Whether a call whose attempt returned this response should be tried again (ignoring the attempt count, which
     * the transport tracks). A {@code Retry-After} beyond {@link #retryAfterCap()} means give up.
     */
    public boolean shouldRetry(HttpRequest request, HttpResponse response) {
        int status = response.status();
        if (!retryableStatuses.contains(status)) {
            return false;
        }
        if (!request.idempotent() && !(status == 429 && nonIdempotentRetry == NonIdempotentRetry.WHEN_NOT_PROCESSED)) {
            return false;
        }
        Optional<Duration> retryAfter = retryAfter(response);
        return retryAfter.isEmpty() || retryAfter.get().compareTo(retryAfterCap) <= 0;
    }

    /** Whether a call whose attempt failed this way should be tried again (ignoring the attempt count). */
    public boolean shouldRetry(HttpRequest request, Throwable failure) {
        Throwable f = unwrap(failure);
        boolean notSent = f instanceof ConnectFailedException
                || (f instanceof TimeoutExceededException t && t.phase() == TimeoutExceededException.Phase.CONNECT);
        if (notSent) {
            return retryOnConnectFailure
                    && (request.idempotent() || nonIdempotentRetry == NonIdempotentRetry.WHEN_NOT_PROCESSED);
        }
        if (!request.idempotent()) {
            return false;
        }
        if (f instanceof TimeoutExceededException t) {
            return t.phase() == TimeoutExceededException.Phase.READ && retryOnReadTimeout;
        }
        return f instanceof NetworkIOException && retryOnNetworkError;
    }

    /**
     * A wait in whole milliseconds for a timer or retry library, rounded up and at least 1: Resilience4j reads a wait
     * below 1 ms as "do not retry", and rounding down would retry before a {@code Retry-After} has passed.
     */
    public static long waitMillis(Duration delay) {
        long ms = delay.toMillis();
        boolean exact = delay.minusMillis(ms).isZero();
        return Math.max(1L, exact ? ms : ms + 1);
    }

    /**
     * How long to wait before attempt {@code attemptsMade + 1}. A {@code Retry-After} on the response wins (capped);
     * otherwise exponential backoff with jitter.
     *
     * @param attemptsMade attempts already made, at least 1
     * @param response the last attempt's response, or null when it failed without one
     */
    public Duration delayBeforeRetry(int attemptsMade, @Nullable HttpResponse response) {
        if (response != null) {
            Optional<Duration> retryAfter = retryAfter(response);
            if (retryAfter.isPresent()) {
                Duration d = retryAfter.get();
                return d.compareTo(retryAfterCap) > 0 ? retryAfterCap : d;
            }
        }
        double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, attemptsMade - 1));
        base = Math.min(base, maxBackoff.toNanos());
        // Jitter spreads retries of many clients: a factor in [1 - jitter, 1 + jitter], never above maxBackoff.
        double factor = 1.0 + jitter * (2 * random.getAsDouble() - 1);
        long nanos = (long) Math.min(base * factor, maxBackoff.toNanos());
        return Duration.ofNanos(Math.max(0, nanos));
    }

    /** The response's {@code Retry-After}, in seconds or as an HTTP date, as a duration from now. */
    public Optional<Duration> retryAfter(HttpResponse response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, clock.instant()));
    }

    /**
     * Parses a {@code Retry-After} value: delta seconds ({@code 120}) or an IMF-fixdate
     * ({@code Wed, 21 Oct 2015 07:28:00 GMT}); a date in the past yields zero. Empty when unparseable.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
    }

    // ---- accessors -------------------------------------------------------------------------------------------

    /** Attempts in all, the first included; 1 disables retries. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public double multiplier() {
        return multiplier;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Relative jitter: each backoff is multiplied by a random factor in [1 - jitter, 1 + jitter]. */
    public double jitter() {
        return jitter;
    }

    /** The longest {@code Retry-After} honoured; a longer one ends the retries. */
    public Duration retryAfterCap() {
        return retryAfterCap;
    }

    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    public boolean retryOnConnectFailure() {
        return retryOnConnectFailure;
    }

    public boolean retryOnReadTimeout() {
        return retryOnReadTimeout;
    }

    public boolean retryOnNetworkError() {
        return retryOnNetworkError;
    }

    public NonIdempotentRetry nonIdempotentRetry() {
        return nonIdempotentRetry;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
                + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", retryAfterCap="
                + retryAfterCap + ", retryableStatuses=" + retryableStatuses + ", retryOnConnectFailure="
                + retryOnConnectFailure + ", retryOnReadTimeout=" + retryOnReadTimeout + ", retryOnNetworkError="
                + retryOnNetworkError + ", nonIdempotentRetry=" + nonIdempotentRetry + "}";
    }

    /** Builder; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private double multiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(5);
        private double jitter = 0.5;
        private Duration retryAfterCap = Duration.ofSeconds(30);
        private Set<Integer> retryableStatuses = Set.of(429, 502, 503, 504);
        private boolean retryOnConnectFailure = true;
        private boolean retryOnReadTimeout = true;
        private boolean retryOnNetworkError = true;
        private NonIdempotentRetry nonIdempotentRetry = NonIdempotentRetry.NEVER;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        private Builder(RetryPolicy p) {
            maxAttempts = p.maxAttempts;
            initialBackoff = p.initialBackoff;
            multiplier = p.multiplier;
            maxBackoff = p.maxBackoff;
            jitter = p.jitter;
            retryAfterCap = p.retryAfterCap;
            retryableStatuses = p.retryableStatuses;
            retryOnConnectFailure = p.retryOnConnectFailure;
            retryOnReadTimeout = p.retryOnReadTimeout;
            retryOnNetworkError = p.retryOnNetworkError;
            nonIdempotentRetry = p.nonIdempotentRetry;
            random = p.random;
            clock = p.clock;
        }

        public Builder maxAttempts(int v) {
            maxAttempts = v;
            return this;
        }

        public Builder initialBackoff(Duration v) {
            initialBackoff = v;
            return this;
        }

        public Builder multiplier(double v) {
            multiplier = v;
            return this;
        }

        public Builder maxBackoff(Duration v) {
            maxBackoff = v;
            return this;
        }

        public Builder jitter(double v) {
            jitter = v;
            return this;
        }

        public Builder retryAfterCap(Duration v) {
            retryAfterCap = v;
            return this;
        }

        public Builder retryableStatuses(Set<Integer> v) {
            retryableStatuses = Set.copyOf(v);
            return this;
        }

        public Builder retryOnConnectFailure(boolean v) {
            retryOnConnectFailure = v;
            return this;
        }

        public Builder retryOnReadTimeout(boolean v) {
            retryOnReadTimeout = v;
            return this;
        }

        public Builder retryOnNetworkError(boolean v) {
            retryOnNetworkError = v;
            return this;
        }

        public Builder nonIdempotentRetry(NonIdempotentRetry v) {
            nonIdempotentRetry = v;
            return this;
        }

        /** Source of uniform doubles in [0, 1) for jitter; a fixed one makes backoff deterministic in tests. */
        public Builder random(DoubleSupplier v) {
            random = v;
            return this;
        }

        /** Clock used to turn an HTTP-date {@code Retry-After} into a duration. */
        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
