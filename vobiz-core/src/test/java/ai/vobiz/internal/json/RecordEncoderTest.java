package ai.vobiz.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.error.RequestValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money leaves exactly as given: a plain JSON number, no exponent, no binary floating point on the way. */
class RecordEncoderTest {

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1",
        "10.50, 10.50",
        "1E+3, 1000",
        "1E-7, 0.0000001",
        "123456789012345.1234567890, 123456789012345.1234567890",
        "0.30000000000000004, 0.30000000000000004"
    })
    void amountsAreWrittenAsTheirPlainDecimalText(String given, String wire) {
        TransferBalanceRequest r = TransferBalanceRequest.builder()
                .amount(new BigDecimal(given))
                .currency("INR")
                .description("a \"quoted\" note")
                .build();
        assertThat(new String(RecordEncoder.body(r), StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\":" + wire + ",\"currency\":\"INR\",\"description\":\"a \\\"quoted\\\" note\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "-5"})
    void nonPositiveAmountsAreRefused(String amount) {
        assertThatThrownBy(() -> TransferBalanceRequest.builder()
                        .amount(amount)
                        .currency("INR")
                        .build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"))
                .hasMessageContaining("greater than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inr", "IN", "INRR", "₹", " INR"})
    void currenciesMustBeThreeLetterCodes(String currency) {
        assertThatThrownBy(() -> TransferBalanceRequest.builder()
                        .amount("1")
                        .currency(currency)
                        .build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,5", "ten", "NaN"})
    void malformedAmountTextIsATypedErrorNotANumberFormatException(String amount) {
        assertThatThrownBy(() -> TransferBalanceRequest.builder()
                        .amount(amount)
                        .currency("INR")
                        .build())
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+20", "1E-25"})
    void amountsOutOfAnyRealRangeAreRefused(String amount) {
        assertThatThrownBy(() -> TransferBalanceRequest.builder()
                        .amount(new BigDecimal(amount))
                        .currency("INR")
                        .build())
                .isInstanceOf(RequestValidationException.class);
    }
}
