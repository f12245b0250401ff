package ai.vobiz.testkit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The timestamp spellings the API uses (public Vobiz docs): microseconds with {@code Z} (partner profile, ledger rows),
 * microseconds with {@code +00:00} (customer rows), whole seconds with {@code Z} (transfer results), milliseconds with
 * {@code Z} (the standard error envelope). All in UTC. Internal: not part of the testkit's API.
 */
public final class Timestamps {
    private static final DateTimeFormatter MICROS_Z =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS_Z =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS_Z =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** {@code 2026-05-07T07:51:50.402147Z}. */
    public static String micros(Instant t) {
        return MICROS_Z.format(t.truncatedTo(ChronoUnit.MICROS));
    }

    /** {@code 2026-05-07T11:54:13.620089+00:00}. */
    public static String microsOffset(Instant t) {
        return MICROS_OFFSET.format(t.truncatedTo(ChronoUnit.MICROS));
    }

    /** {@code 2026-03-25T11:00:00Z}. */
    public static String seconds(Instant t) {
        return SECONDS_Z.format(t);
    }

    /** {@code 2025-10-12T10:30:00.000Z}. */
    public static String millis(Instant t) {
        return MILLIS_Z.format(t);
    }

    /** An ISO-8601 timestamp with an offset ({@code Z} or {@code +00:00}), if it is one. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
