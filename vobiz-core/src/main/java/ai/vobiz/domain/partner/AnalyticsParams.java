package ai.vobiz.domain.partner;

import ai.vobiz.error.RequestValidationException;
import ai.vobiz.internal.Redaction;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /api/v1/partner/analytics} (docs/api-digest.md §3.4): the window, both days inclusive.
 *
 * @param fromDate the first day (API default: 30 days ago)
 * @param toDate the last day (API default: today); not before {@code fromDate}
 */
public record AnalyticsParams(
        @Nullable LocalDate fromDate, @Nullable LocalDate toDate) {

    public AnalyticsParams {
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new RequestValidationException(
                    "to_date", "must not be before from_date (" + fromDate + "), got " + toDate);
        }
    }

    /** The API's default window: the last 30 days. */
    public static AnalyticsParams none() {
        return new AnalyticsParams(null, null);
    }

    /** The window from {@code fromDate} to {@code toDate}, both inclusive (either may be null). */
    public static AnalyticsParams between(@Nullable LocalDate fromDate, @Nullable LocalDate toDate) {
        return new AnalyticsParams(fromDate, toDate);
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }
}
