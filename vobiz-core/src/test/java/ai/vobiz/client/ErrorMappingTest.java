package ai.vobiz.client;

import static ai.vobiz.Examples.bytes;
import static ai.vobiz.Examples.compositeErrorBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.vobiz.error.ApiException;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.ConflictException;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PaymentRequiredException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.RateLimitException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.UnexpectedStatusException;
import ai.vobiz.port.transport.HttpHeaders;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMappingTest {
    static final String ACCOUNT_ID = "MA_XXXXXXXX";
    static final String PARTNER_ID = "PA_XXXXXXXX";

    static ApiException accountCallFailing(int status, HttpHeaders headers, byte[] body) {
        VobizClient client = VobizClient.builder()
                .credentials(ACCOUNT_ID, "tok_error_mapping_1")
                .transport(StubTransport.answering(status, headers, body))
                .build();
        Throwable t = catchThrowable(() -> client.account().retrieve());
        assertThat(t).isInstanceOf(ApiException.class);
        return (ApiException) t;
    }

    static ApiException accountCallFailing(int status, byte[] body) {
        return accountCallFailing(status, HttpHeaders.empty(), body);
    }

    static Stream<Arguments> documentedErrorBodies() {
        return Stream.of(
                Arguments.of(
                        "errors-standard-envelope",
                        402,
                        bytes("errors-standard-envelope.json"),
                        PaymentRequiredException.class,
                        "INSUFFICIENT_BALANCE",
                        "Account balance too low to complete this operation",
                        "req_7a8b9c0d1e2f"),
                Arguments.of(
                        "errors-validation-422",
                        422,
                        bytes("errors-validation-422.json"),
                        InvalidRequestException.class,
                        "VALIDATION_ERROR",
                        "Request validation failed",
                        null),
                Arguments.of(
                        "errors-rate-limit-429",
                        429,
                        bytes("errors-rate-limit-429.json"),
                        RateLimitException.class,
                        "RATE_LIMIT_EXCEEDED",
                        "CPS limit exceeded for this trunk",
                        null),
                Arguments.of(
                        "account-retrieve.error-401",
                        401,
                        bytes("account-retrieve.error-401.json"),
                        AuthenticationException.class,
                        "unauthorized",
                        "invalid credentials",
                        null),
                Arguments.of(
                        "transactions 400",
                        400,
                        compositeErrorBody(400),
                        InvalidRequestException.class,
                        null,
                        "accountID is required",
                        null),
                Arguments.of(
                        "transactions 401",
                        401,
                        compositeErrorBody(401),
                        AuthenticationException.class,
                        "401",
                        "Invalid token",
                        null),
                Arguments.of(
                        "transactions 403",
                        403,
                        compositeErrorBody(403),
                        PermissionException.class,
                        "403",
                        "Access denied: account ID mismatch",
                        null),
                Arguments.of(
                        "transactions 500",
                        500,
                        compositeErrorBody(500),
                        ServerException.class,
                        null,
                        "Failed to retrieve transactions",
                        null),
                Arguments.of(
                        "partner-transfer-balance.error-400",
                        400,
                        bytes("partner-transfer-balance.error-400.json"),
                        InvalidRequestException.class,
                        "insufficient_balance",
                        "Your partner balance (₹200.00) is insufficient for this transfer (₹500.00).",
                        null),
                Arguments.of(
                        "partner-kyc.error-409",
                        409,
                        bytes("partner-kyc.error-409.json"),
                        ConflictException.class,
                        "HTTPError",
                        "Cannot resend: session is 'revoked'",
                        null),
                Arguments.of(
                        "partner-kyc.error-422",
                        422,
                        bytes("partner-kyc.error-422.json"),
                        InvalidRequestException.class,
                        "ValidationError",
                        "Request validation failed",
                        null),
                Arguments.of(
                        "partner-login.error",
                        401,
                        bytes("partner-login.error.json"),
                        AuthenticationException.class,
                        "invalid_credentials",
                        "The email or password you provided is incorrect.",
                        null),
                Arguments.of(
                        "partner-kyc-resend.error-429",
                        429,
                        bytes("partner-kyc-resend.error-429.json"),
                        RateLimitException.class,
                        "HTTPError",
                        "Email was sent recently. Please wait 1799 seconds before resending.",
                        null));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("documentedErrorBodies")
    void everyDocumentedErrorShapeMapsToItsTypedException(
            String name,
            int status,
            byte[] body,
            Class<? extends ApiException> type,
            String code,
            String message,
            String requestId) {
        ApiException e = accountCallFailing(status, body);
        assertThat(e).isInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.apiMessage()).isEqualTo(message);
        assertThat(e.requestId()).isEqualTo(requestId);
        assertThat(e.getMessage()).startsWith("HTTP " + status).contains(message);
        assertThat(e.bodySnippet()).isNotEmpty().hasSizeLessThanOrEqualTo(201);
        assertThat(e.error().status()).isEqualTo(status);
    }

    @Test
    void detailsCarryTheStructuredParts() {
        assertThat(accountCallFailing(402, bytes("errors-standard-envelope.json"))
                        .details()
                        .get("required")
                        .intValue())
                .isEqualTo(1000);
        assertThat(accountCallFailing(422, bytes("errors-validation-422.json"))
                        .details()
                        .get("errors")
                        .size())
                .isEqualTo(3);
        assertThat(accountCallFailing(422, bytes("partner-kyc.error-422.json"))
                        .details()
                        .isArray())
                .isTrue();
        ApiException transfer = accountCallFailing(400, bytes("partner-transfer-balance.error-400.json"));
        assertThat(transfer.details().get("current_balance").decimalValue()).isEqualTo(new BigDecimal("200.00"));
        assertThat(transfer.details().get("currency").asString()).isEqualTo("INR");
    }

    @Test
    void rateLimitCarriesRetryAfterFromTheBodyDetails() {
        RateLimitException e = (RateLimitException) accountCallFailing(429, bytes("errors-rate-limit-429.json"));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
    }

    @Test
    void rateLimitCarriesRetryAfterFromTheKycResendMessage() {
        RateLimitException e = (RateLimitException) accountCallFailing(429, bytes("partner-kyc-resend.error-429.json"));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1799));
    }

    @Test
    void retryAfterHeaderWinsInSecondsOrAsAnHttpDate() {
        RateLimitException seconds = (RateLimitException)
                accountCallFailing(429, HttpHeaders.of("Retry-After", "7"), bytes("errors-rate-limit-429.json"));
        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));

        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
        RateLimitException date =
                (RateLimitException) accountCallFailing(429, HttpHeaders.of("Retry-After", inAMinute), "{}".getBytes());
        assertThat(date.retryAfter())
                .hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(120)));

        RateLimitException none = (RateLimitException) accountCallFailing(429, new byte[0]);
        assertThat(none.retryAfter()).isEmpty();
    }

    @Test
    void anHtmlErrorPageBecomesAServerErrorWithASnippet() {
        String html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1>"
                + "</center><hr><center>nginx</center></body>\n</html>\n" + "x".repeat(2000);
        ApiException e = accountCallFailing(
                502, HttpHeaders.of("Content-Type", "text/html"), html.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.code()).isNull();
        assertThat(e.apiMessage()).startsWith("Bad Gateway");
        assertThat(e.bodySnippet())
                .startsWith("<html> <head><title>502 Bad Gateway")
                .hasSizeLessThanOrEqualTo(201);
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void anEmptyBodyStillMapsByStatus() {
        ApiException e = accountCallFailing(503, new byte[0]);
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.apiMessage()).isEqualTo("Service Unavailable");
        assertThat(e.code()).isNull();
        assertThat(e.bodySnippet()).isEmpty();
        assertThat(accountCallFailing(404, new byte[0])).isInstanceOf(NotFoundException.class);
        assertThat(accountCallFailing(402, new byte[0])).isInstanceOf(PaymentRequiredException.class);
        assertThat(accountCallFailing(504, new byte[0])).isInstanceOf(ServerException.class);
        assertThat(accountCallFailing(405, new byte[0])).isInstanceOf(UnexpectedStatusException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"[1,2]", "\"oops\"", "null", "{\"error\": 42}", "{\"detail\": \"Not Found\"}", "{\"message\":{}}"
            })
    void oddJsonBodiesNeverBreakTheMapping(String body) {
        ApiException e = accountCallFailing(404, body.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.apiMessage()).isNotBlank();
    }

    @Test
    void requestIdComesFromTheHeaderWhenTheBodyHasNone() {
        ApiException e =
                accountCallFailing(500, HttpHeaders.of("X-Request-Id", "req_from_header"), compositeErrorBody(500));
        assertThat(e.requestId()).isEqualTo("req_from_header");
        assertThat(e.getMessage()).contains("req_from_header");
        ApiException body = accountCallFailing(
                402, HttpHeaders.of("X-Request-Id", "req_from_header"), bytes("errors-standard-envelope.json"));
        assertThat(body.requestId()).isEqualTo("req_7a8b9c0d1e2f");
    }

    @Test
    void theMessageSaysEachFactOnce() {
        byte[] numericCode = "{\"error\":{\"code\":422,\"message\":\"bad thing\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(accountCallFailing(422, HttpHeaders.of("X-Request-Id", "req_1"), numericCode)
                        .getMessage())
                .isEqualTo("HTTP 422: bad thing (request id req_1)");
        byte[] codeIsMessage = "{\"error\":\"forbidden\",\"message\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(accountCallFailing(403, codeIsMessage).getMessage()).isEqualTo("HTTP 403: Forbidden");
        byte[] distinct =
                "{\"error\":{\"code\":\"CONFLICT\",\"message\":\"name taken\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(accountCallFailing(409, distinct).getMessage()).isEqualTo("HTTP 409 CONFLICT: name taken");
    }

    @Test
    void aPartnerHintTheApiAlreadyGaveIsNotRepeated() {
        byte[] saysSo = ("{\"status\":\"error\",\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"This endpoint needs"
                        + " partner credentials (PA_...); main-account credentials were sent\"}}")
                .getBytes(StandardCharsets.UTF_8);
        VobizClient client = VobizClient.builder()
                .credentials(ACCOUNT_ID, "tok_error_mapping_4")
                .transport(StubTransport.answering(403, saysSo))
                .build();
        PermissionException e = catchThrowableOfType(
                PermissionException.class, () -> client.partner().profile());
        assertThat(e.getMessage())
                .isEqualTo("HTTP 403 FORBIDDEN: This endpoint needs partner credentials (PA_...); main-account"
                        + " credentials were sent");
    }

    @Test
    void redirectsAreReportedNotFollowed() {
        ApiException e = accountCallFailing(302, HttpHeaders.of("Location", "http://127.0.0.1:1/steal"), new byte[0]);
        assertThat(e).isInstanceOf(UnexpectedStatusException.class);
        assertThat(e.getMessage()).contains("http://127.0.0.1:1/steal").contains("not followed");
    }

    @Test
    void partnerEndpointWithAccountCredentialsSaysSo() {
        for (int status : new int[] {401, 403}) {
            VobizClient client = VobizClient.builder()
                    .credentials(ACCOUNT_ID, "tok_error_mapping_2")
                    .transport(StubTransport.answering(status, bytes("account-retrieve.error-401.json")))
                    .build();
            ApiException e = catchThrowableOfType(
                    ApiException.class, () -> client.partner().profile());
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage())
                    .contains("partner endpoint")
                    .contains("PA_")
                    .contains(ACCOUNT_ID)
                    .doesNotContain("tok_error_mapping_2");
        }
    }

    @Test
    void partnerEndpointWithPartnerCredentialsHasNoHint() {
        VobizClient client = VobizClient.builder()
                .credentials(PARTNER_ID, "tok_error_mapping_3")
                .transport(StubTransport.answering(401, bytes("account-retrieve.error-401.json")))
                .build();
        AuthenticationException e = catchThrowableOfType(
                AuthenticationException.class, () -> client.partner().profile());
        assertThat(e.getMessage()).doesNotContain("partner endpoint");
    }

    @Test
    void accountEndpointErrorsHaveNoPartnerHint() {
        ApiException e = accountCallFailing(401, bytes("account-retrieve.error-401.json"));
        assertThat(e.getMessage()).isEqualTo("HTTP 401 unauthorized: invalid credentials");
    }
}
