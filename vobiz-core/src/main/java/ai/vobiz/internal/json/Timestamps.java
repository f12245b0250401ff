package ai.vobiz.internal.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the API's ISO-8601 timestamp spellings: {@code Z} or {@code ±hh:mm} / {@code ±hhmm} / {@code ±hh} offsets,
 * 0 to 9 fraction digits, {@code T} or a space as separator; a missing offset means UTC (the API's own convention
 * for bare values). Hand-written because it runs on every decode and the JDK's formatters are slow.
 */
public final class Timestamps {
    private Timestamps() {}

    /** @throws DateTimeParseException when the text is not such a timestamp */
    public static OffsetDateTime parse(String s) {
        try {
            return parseFast(s);
        } catch (RuntimeException e) {
            throw new DateTimeParseException("not an ISO-8601 date-time: " + s, s, 0);
        }
    }

    private static OffsetDateTime parseFast(String s) {
        int n = s.length();
        if (n == 10) { // a bare date: midnight UTC
            return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            throw new IllegalArgumentException();
        }
        char sep = s.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            throw new IllegalArgumentException();
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int i = 19;
        int nanos = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                throw new IllegalArgumentException();
            }
            nanos = digits(s, start, i);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if (c == '+' || c == '-') {
                String rest = s.substring(i + 1);
                int hh;
                int mm = 0;
                if (rest.length() == 2) {
                    hh = digits(rest, 0, 2);
                } else if (rest.length() == 4) {
                    hh = digits(rest, 0, 2);
                    mm = digits(rest, 2, 4);
                } else if (rest.length() == 5 && rest.charAt(2) == ':') {
                    hh = digits(rest, 0, 2);
                    mm = digits(rest, 3, 5);
                } else {
                    throw new IllegalArgumentException();
                }
                int sign = c == '-' ? -1 : 1;
                // "+00:00" is the API's usual spelling: skip ZoneOffset's cache lookup for it.
                offset = hh == 0 && mm == 0 ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
            } else {
                throw new IllegalArgumentException();
            }
        }
        return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
