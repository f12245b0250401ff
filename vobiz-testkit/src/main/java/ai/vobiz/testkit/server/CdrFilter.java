package ai.vobiz.testkit.server;

import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.state.FakeCdr;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the CDR lists (public Vobiz docs, partner API, "CDRs" page; docs/api-digest.md §3.12), AND-ed:
 * {@code start_date}/{@code end_date} inclusive days of the call's {@code start_time} in UTC, {@code call_direction},
 * {@code status} (as {@link FakeCdr#status()} derives it), {@code hangup_cause} (exact, case-insensitive) and
 * {@code min_duration} (seconds of {@code duration}, inclusive). A value that does not parse is a 422 field error.
 */
record CdrFilter(
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String direction,
        @Nullable String status,
        @Nullable String hangupCause,
        long minDuration) {
    static final String START_DATE = "start_date";
    static final String END_DATE = "end_date";
    static final String CALL_DIRECTION = "call_direction";
    static final String STATUS = "status";
    static final String HANGUP_CAUSE = "hangup_cause";
    static final String MIN_DURATION = "min_duration";
    private static final List<String> DIRECTIONS = List.of("inbound", "outbound");
    private static final List<String> STATUSES = List.of("answered", "failed", "busy", "no_answer");

    /** The filters of a request; what is wrong with them goes to {@code errors}. */
    static CdrFilter parse(FakeRequest request, List<ErrorBodies.FieldError> errors) {
        LocalDate start = date(request, START_DATE, errors);
        LocalDate end = date(request, END_DATE, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(error(END_DATE, "Must not be before " + START_DATE, "OUT_OF_RANGE", end.toString()));
        }
        String minText = request.queryParam(MIN_DURATION);
        long min = 0;
        if (minText != null) {
            try {
                min = Long.parseLong(minText);
                if (min < 0) {
                    errors.add(new ErrorBodies.FieldError(
                            MIN_DURATION,
                            "Must be 0 or more",
                            "OUT_OF_RANGE",
                            Json.MAPPER.getNodeFactory().numberNode(min)));
                }
            } catch (NumberFormatException e) {
                errors.add(error(MIN_DURATION, "Must be an integer", "INVALID_FORMAT", minText));
            }
        }
        String hangup = request.queryParam(HANGUP_CAUSE);
        return new CdrFilter(
                start,
                end,
                oneOf(request, CALL_DIRECTION, DIRECTIONS, errors),
                oneOf(request, STATUS, STATUSES, errors),
                hangup == null || hangup.isBlank() ? null : hangup,
                min);
    }

    /** Whether a row passes every filter. */
    boolean test(FakeCdr cdr) {
        LocalDate day = cdr.startTime().atZone(ZoneOffset.UTC).toLocalDate();
        return (startDate == null || !day.isBefore(startDate))
                && (endDate == null || !day.isAfter(endDate))
                && (direction == null || direction.equals(cdr.direction()))
                && (status == null || status.equals(cdr.status()))
                && (hangupCause == null || hangupCause.equalsIgnoreCase(cdr.hangupCause()))
                && cdr.duration() >= minDuration;
    }

    private static @Nullable LocalDate date(FakeRequest request, String name, List<ErrorBodies.FieldError> errors) {
        String given = request.queryParam(name);
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            errors.add(error(name, "Must be a date YYYY-MM-DD", "INVALID_FORMAT", given));
            return null;
        }
    }

    private static @Nullable String oneOf(
            FakeRequest request, String name, List<String> allowed, List<ErrorBodies.FieldError> errors) {
        String given = request.queryParam(name);
        if (given == null || given.isBlank()) {
            return null;
        }
        if (!Set.copyOf(allowed).contains(given)) {
            errors.add(error(name, "Must be one of " + String.join(", ", allowed), "INVALID_FORMAT", given));
            return null;
        }
        return given;
    }

    static ErrorBodies.FieldError error(String field, String message, String code, String value) {
        return new ErrorBodies.FieldError(
                field, message, code, Json.MAPPER.getNodeFactory().stringNode(value));
    }
}
