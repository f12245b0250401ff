package ai.vobiz.testkit.server;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.partner.TransactionType;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import ai.vobiz.testkit.state.FakeState;
import ai.vobiz.testkit.state.FakeTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the partner ledgers (docs/api-digest.md §3.10, §3.11), AND-ed: {@code from_date} and {@code to_date}
 * ({@code YYYY-MM-DD}, inclusive, on the row's {@code created_at} in UTC), {@code transaction_type}, and for the
 * global ledger {@code search} (a case-insensitive substring of the description, the reference, the account id or the
 * account's name). A row's cause for {@code transaction_type}: {@code transfer} when its reference is a transfer's
 * ({@code ptc:…}), else {@code debit} for a debit, {@code refund} for a credit referenced {@code refund:…}, else
 * {@code recharge}.
 */
final class LedgerFilter {
    static final String FROM_DATE = "from_date";
    static final String TO_DATE = "to_date";
    static final String TRANSACTION_TYPE = "transaction_type";
    static final String ACCOUNT = "account";

    /** Newest first ({@code created_at} descending), then by id. */
    static final Comparator<FakeTransaction> NEWEST_FIRST =
            Comparator.comparing(LedgerFilter::createdAt).reversed().thenComparing(FakeTransaction::key);

    private final @Nullable LocalDate from;
    private final @Nullable LocalDate to;
    private final @Nullable String cause;
    private final String search;

    private LedgerFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String cause, String search) {
        this.from = from;
        this.to = to;
        this.cause = cause;
        this.search = search;
    }

    /** The filters of a request; what is malformed goes to {@code errors} (a 422). */
    static LedgerFilter parse(FakeRequest request, List<ErrorBodies.FieldError> errors) {
        LocalDate from = date(request, FROM_DATE, errors);
        LocalDate to = date(request, TO_DATE, errors);
        String type = request.queryParam(TRANSACTION_TYPE);
        String cause = null;
        if (type != null && !type.isEmpty()) {
            List<String> known = Arrays.stream(TransactionType.values())
                    .map(OpenEnum::wireName)
                    .toList();
            if (known.contains(type)) {
                cause = type;
            } else {
                errors.add(new ErrorBodies.FieldError(
                        TRANSACTION_TYPE,
                        "Must be one of " + String.join(", ", known),
                        "INVALID_FORMAT",
                        Json.MAPPER.getNodeFactory().stringNode(type)));
            }
        }
        String search = request.queryParam(CustomerRoutes.SEARCH);
        return new LedgerFilter(from, to, cause, search == null ? "" : search.toLowerCase(Locale.ROOT));
    }

    private static @Nullable LocalDate date(FakeRequest request, String name, List<ErrorBodies.FieldError> errors) {
        String given = request.queryParam(name);
        if (given == null || given.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            errors.add(new ErrorBodies.FieldError(
                    name,
                    "Must be a date, YYYY-MM-DD",
                    "INVALID_FORMAT",
                    Json.MAPPER.getNodeFactory().stringNode(given)));
            return null;
        }
    }

    /** Whether a row passes every filter; {@code accountName} gives the name of a row's account for the search. */
    boolean matches(FakeTransaction row, Function<String, String> accountName) {
        LocalDate day = createdAt(row).atZone(ZoneOffset.UTC).toLocalDate();
        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
            return false;
        }
        if (cause != null && !cause.equals(cause(row))) {
            return false;
        }
        return search.isEmpty()
                || Stream.of(row.description(), row.reference(), row.accountId(), accountName.apply(row.accountId()))
                        .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(search));
    }

    /** What caused a row, in the filter's vocabulary. */
    static String cause(FakeTransaction row) {
        if (row.reference().startsWith("ptc:")) {
            return OpenEnum.wireName(TransactionType.TRANSFER);
        }
        if (FakeTransaction.DEBIT.equals(row.type())) {
            return OpenEnum.wireName(TransactionType.DEBIT);
        }
        return OpenEnum.wireName(
                row.reference().startsWith("refund:") ? TransactionType.REFUND : TransactionType.RECHARGE);
    }

    static Instant createdAt(FakeTransaction row) {
        return Timestamps.parse(FakeState.render(row).path(Fields.CREATED_AT).asString(""))
                .orElse(Instant.EPOCH);
    }

    @Override
    public String toString() {
        return Stream.of(from, to, cause, search).map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
