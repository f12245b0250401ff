package ai.vobiz.domain.partner;

import ai.vobiz.error.RequestValidationException;
import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Query of the CDR lists, {@code GET /api/v1/partner/accounts/{customer_auth_id}/cdrs} and
 * {@code GET /api/v1/partner/cdrs} (docs/api-digest.md §3.12, §3.14). Every filter is optional; together they are
 * AND-ed.
 *
 * @param page 1-based page number (API default 1)
 * @param perPage rows per page, 1 to 100 (API default 20)
 * @param startDate the first day, inclusive ({@code start_date}, not {@code from_date})
 * @param endDate the last day, inclusive; not before {@code startDate}
 * @param callDirection inbound or outbound
 * @param status answered, failed, busy or no_answer
 * @param hangupCause such as {@code NORMAL_CLEARING}, {@code NO_ANSWER}, {@code USER_BUSY}
 * @param minDuration the shortest call, in seconds, 0 or more
 */
public record ListCdrsParams(
        @Nullable Integer page,
        @Nullable Integer perPage,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable CallDirection callDirection,
        @Nullable CdrStatus status,
        @Nullable String hangupCause,
        @Nullable Integer minDuration) {
    /** The documented largest page. */
    public static final int MAX_PER_PAGE = 100;

    public ListCdrsParams {
        Checks.paging(page, perPage, MAX_PER_PAGE);
        Checks.range(minDuration, 0, Integer.MAX_VALUE, "min_duration");
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new RequestValidationException(
                    "end_date", "must not be before start_date (" + startDate + "), got " + endDate);
        }
    }

    /** No filter: the first page at the API's default size. */
    public static ListCdrsParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder()
                .page(page)
                .perPage(perPage)
                .startDate(startDate)
                .endDate(endDate)
                .callDirection(callDirection)
                .status(status)
                .hangupCause(hangupCause)
                .minDuration(minDuration);
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link ListCdrsParams}; {@link #build()} checks the documented rules. */
    public static final class Builder {
        private @Nullable Integer page;
        private @Nullable Integer perPage;
        private @Nullable LocalDate startDate;
        private @Nullable LocalDate endDate;
        private @Nullable CallDirection callDirection;
        private @Nullable CdrStatus status;
        private @Nullable String hangupCause;
        private @Nullable Integer minDuration;

        private Builder() {}

        public Builder page(@Nullable Integer page) {
            this.page = page;
            return this;
        }

        public Builder perPage(@Nullable Integer perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder startDate(@Nullable LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder endDate(@Nullable LocalDate endDate) {
            this.endDate = endDate;
            return this;
        }

        public Builder callDirection(@Nullable CallDirection callDirection) {
            this.callDirection = callDirection;
            return this;
        }

        public Builder status(@Nullable CdrStatus status) {
            this.status = status;
            return this;
        }

        public Builder hangupCause(@Nullable String hangupCause) {
            this.hangupCause = hangupCause;
            return this;
        }

        public Builder minDuration(@Nullable Integer minDuration) {
            this.minDuration = minDuration;
            return this;
        }

        public ListCdrsParams build() {
            return new ListCdrsParams(
                    page, perPage, startDate, endDate, callDirection, status, hangupCause, minDuration);
        }
    }
}
