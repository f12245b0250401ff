package ai.vobiz.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-03-25T10:00:00Z | 2026-03-25T10:00:00Z",
                "2026-03-25t10:00:00z | 2026-03-25T10:00:00Z",
                "2026-03-25T10:00:00+00:00 | 2026-03-25T10:00:00Z",
                "2026-03-25T10:00:00.1Z | 2026-03-25T10:00:00.1Z",
                "2026-03-25T10:00:00.123456789Z | 2026-03-25T10:00:00.123456789Z",
                "2026-03-25T10:00:00,5Z | 2026-03-25T10:00:00.5Z",
                "2026-03-25T15:30:00+0530 | 2026-03-25T15:30:00+05:30",
                "2026-03-25T05:00:00-05 | 2026-03-25T05:00:00-05:00",
                "2026-03-25T05:00:00-05:30 | 2026-03-25T05:00:00-05:30",
                "2026-03-25 10:00:00 | 2026-03-25T10:00:00Z",
                "2026-03-25 | 2026-03-25T00:00:00Z"
            })
    void parsesTheApisSpellings(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2026",
                "2026-03-25T10:00",
                "2026/03/25T10:00:00Z",
                "2026-03-25X10:00:00Z",
                "2026-03-25T10:00:00.Z",
                "2026-03-25T10:00:00.1234567890Z",
                "2026-03-25T10:00:00Q",
                "2026-03-25T10:00:00Zextra",
                "2026-03-25T10:00:00+5",
                "2026-03-25T10:00:00+05:3",
                "2026-03-25T10:00:00+19:00",
                "2026-13-25T10:00:00Z",
                "2026-02-30T10:00:00Z",
                "2026-03-25T24:00:00Z",
                "2026-0a-25T10:00:00Z",
                "2026-03-2x"
            })
    void refusesEverythingElseWithDateTimeParseException(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void zeroToSixFractionDigits(int digits) {
        String fraction = digits == 0 ? "" : "." + "123456".substring(0, digits);
        OffsetDateTime t = Timestamps.parse("2026-01-19T18:39:14" + fraction + "Z");
        assertThat(t.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(t.getNano())
                .isEqualTo(digits == 0 ? 0 : Integer.parseInt(fraction.substring(1)) * (int) Math.pow(10, 9 - digits));
    }
}
