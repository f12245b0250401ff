package ai.vobiz.port.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ApiError;
import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.error.TimeoutExceededException.Phase;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
    static final HttpRequest GET =
            HttpRequest.builder().uri("https://api.vobiz.ai/api/v1/auth/me").build();
    static final HttpRequest POST = HttpRequest.builder()
            .method(HttpMethod.POST)
            .uri("https://api.vobiz.ai/api/v1/partner/accounts/MA_X/transfer-balance")
            .body("{}")
            .build();
    static final RetryPolicy DEFAULTS = RetryPolicy.ofDefaults();
    static final RetryPolicy WHEN_NOT_PROCESSED = RetryPolicy.custom()
            .nonIdempotentRetry(NonIdempotentRetry.WHEN_NOT_PROCESSED)
            .build();

    static HttpResponse status(int status) {
        return HttpResponse.builder().status(status).build();
    }

    static HttpResponse status(int status, String retryAfter) {
        return HttpResponse.builder()
                .status(status)
                .header("Retry-After", retryAfter)
                .build();
    }

    static ConnectFailedException connectFailed() {
        return new ConnectFailedException("refused", new ConnectException("refused"));
    }

    static TimeoutExceededException timeout(Phase phase) {
        return new TimeoutExceededException(phase, Duration.ofMillis(200), phase + " timeout", null);
    }

    static NetworkIOException broken() {
        return new NetworkIOException("reset", new IOException("connection reset"));
    }

    @Test
    void waitsAreWholeMillisecondsRoundedUpAndNeverZero() {
        assertThat(RetryPolicy.waitMillis(Duration.ZERO)).isEqualTo(1);
        assertThat(RetryPolicy.waitMillis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RetryPolicy.waitMillis(Duration.ofMillis(250))).isEqualTo(250);
        assertThat(RetryPolicy.waitMillis(Duration.ofMillis(250).plusNanos(1))).isEqualTo(251);
        assertThat(RetryPolicy.waitMillis(Duration.ofSeconds(2))).isEqualTo(2000);
    }

    @Test
    void defaults() {
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(3);
        assertThat(DEFAULTS.retryableStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
        assertThat(DEFAULTS.nonIdempotentRetry()).isEqualTo(NonIdempotentRetry.NEVER);
        assertThat(DEFAULTS.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(DEFAULTS.multiplier()).isEqualTo(2.0);
        assertThat(DEFAULTS.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULTS.jitter()).isEqualTo(0.5);
        assertThat(DEFAULTS.retryAfterCap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.retryOnConnectFailure()).isTrue();
        assertThat(DEFAULTS.retryOnReadTimeout()).isTrue();
        assertThat(DEFAULTS.retryOnNetworkError()).isTrue();
        assertThat(RetryPolicy.disabled().maxAttempts()).isEqualTo(1);
        assertThat(DEFAULTS.toString()).contains("maxAttempts=3");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void retryableStatusesAreRetriedForIdempotentRequests(int status) {
        assertThat(DEFAULTS.shouldRetry(GET, status(status))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 301, 302, 400, 401, 402, 403, 404, 405, 409, 422, 500, 501, 505})
    void otherStatusesAreNotRetried(int status) {
        assertThat(DEFAULTS.shouldRetry(GET, status(status))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void nonIdempotentRequestsAreNeverRetriedByDefault(int status) {
        assertThat(DEFAULTS.shouldRetry(POST, status(status))).isFalse();
    }

    @Test
    void whenNotProcessedRetriesANonIdempotentRequestOnlyOn429() {
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, status(429))).isTrue();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, status(503))).isFalse();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, status(502))).isFalse();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, status(504))).isFalse();
    }

    @Test
    void theRequestsIdempotencyFlagDecidesNotItsMethod() {
        HttpRequest safePost = POST.newBuilder().idempotent(true).build();
        HttpRequest unsafePut =
                GET.newBuilder().method(HttpMethod.PUT).idempotent(false).build();
        assertThat(DEFAULTS.shouldRetry(safePost, status(503))).isTrue();
        assertThat(DEFAULTS.shouldRetry(unsafePut, status(503))).isFalse();
        assertThat(DEFAULTS.shouldRetry(unsafePut, broken())).isFalse();
    }

    @Test
    void configurableStatuses() {
        RetryPolicy p = RetryPolicy.custom().retryableStatuses(Set.of(500)).build();
        assertThat(p.shouldRetry(GET, status(500))).isTrue();
        assertThat(p.shouldRetry(GET, status(503))).isFalse();
    }

    @Test
    void failuresOfIdempotentRequests() {
        assertThat(DEFAULTS.shouldRetry(GET, connectFailed())).isTrue();
        assertThat(DEFAULTS.shouldRetry(GET, timeout(Phase.CONNECT))).isTrue();
        assertThat(DEFAULTS.shouldRetry(GET, timeout(Phase.READ))).isTrue();
        assertThat(DEFAULTS.shouldRetry(GET, broken())).isTrue();
        assertThat(DEFAULTS.shouldRetry(GET, timeout(Phase.CALL))).isFalse();
        assertThat(DEFAULTS.shouldRetry(GET, new ResponseTooLargeException(10, "too large")))
                .isFalse();
        assertThat(DEFAULTS.shouldRetry(GET, new CircuitOpenException("open", Duration.ofSeconds(1))))
                .isFalse();
        assertThat(DEFAULTS.shouldRetry(GET, new IllegalStateException("bug"))).isFalse();
        assertThat(DEFAULTS.shouldRetry(GET, new ServerException(ApiError.of(503, null, "down"))))
                .isFalse();
        assertThat(DEFAULTS.shouldRetry(GET, new CompletionException(connectFailed())))
                .isTrue();
        assertThat(DEFAULTS.shouldRetry(GET, new CompletionException(new CompletionException(broken()))))
                .isTrue();
    }

    @Test
    void failuresOfNonIdempotentRequests() {
        assertThat(DEFAULTS.shouldRetry(POST, connectFailed())).isFalse();
        assertThat(DEFAULTS.shouldRetry(POST, timeout(Phase.CONNECT))).isFalse();
        assertThat(DEFAULTS.shouldRetry(POST, timeout(Phase.READ))).isFalse();
        assertThat(DEFAULTS.shouldRetry(POST, broken())).isFalse();

        // Only when the request provably never left.
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, connectFailed())).isTrue();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, timeout(Phase.CONNECT))).isTrue();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, timeout(Phase.READ))).isFalse();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, timeout(Phase.CALL))).isFalse();
        assertThat(WHEN_NOT_PROCESSED.shouldRetry(POST, broken())).isFalse();
    }

    @Test
    void failureKindsCanBeSwitchedOff() {
        RetryPolicy p = RetryPolicy.custom()
                .retryOnConnectFailure(false)
                .retryOnReadTimeout(false)
                .retryOnNetworkError(false)
                .build();
        assertThat(p.shouldRetry(GET, connectFailed())).isFalse();
        assertThat(p.shouldRetry(GET, timeout(Phase.CONNECT))).isFalse();
        assertThat(p.shouldRetry(GET, timeout(Phase.READ))).isFalse();
        assertThat(p.shouldRetry(GET, broken())).isFalse();
    }

    @Test
    void retryAfterInSecondsIsHonouredUpToTheCap() {
        assertThat(DEFAULTS.shouldRetry(GET, status(503, "10"))).isTrue();
        assertThat(DEFAULTS.delayBeforeRetry(1, status(503, "10"))).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULTS.delayBeforeRetry(1, status(429, "0"))).isZero();
        assertThat(DEFAULTS.shouldRetry(GET, status(503, "30"))).isTrue();
        // Beyond the cap: give up rather than wait that long; if asked anyway, never wait more than the cap.
        assertThat(DEFAULTS.shouldRetry(GET, status(503, "31"))).isFalse();
        assertThat(DEFAULTS.delayBeforeRetry(1, status(503, "3600"))).isEqualTo(Duration.ofSeconds(30));
        RetryPolicy shortCap =
                RetryPolicy.custom().retryAfterCap(Duration.ofSeconds(2)).build();
        assertThat(shortCap.shouldRetry(GET, status(429, "3"))).isFalse();
        assertThat(shortCap.delayBeforeRetry(1, status(429, "3"))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDateUsesThePolicysClock() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        RetryPolicy p =
                RetryPolicy.custom().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        HttpResponse inAMinute = status(503, "Wed, 21 Oct 2015 07:28:00 GMT");
        assertThat(p.retryAfter(inAMinute)).contains(Duration.ofSeconds(60));
        assertThat(p.delayBeforeRetry(1, inAMinute)).isEqualTo(Duration.ofSeconds(30)); // capped
        assertThat(p.shouldRetry(GET, inAMinute)).isFalse(); // 60 s > 30 s cap
        RetryPolicy patient =
                p.newBuilder().retryAfterCap(Duration.ofMinutes(2)).build();
        assertThat(patient.delayBeforeRetry(1, inAMinute)).isEqualTo(Duration.ofSeconds(60));
        assertThat(patient.shouldRetry(GET, inAMinute)).isTrue();
        HttpResponse past = status(503, "Wed, 21 Oct 2015 07:00:00 GMT");
        assertThat(p.delayBeforeRetry(1, past)).isZero();
        assertThat(p.shouldRetry(GET, past)).isTrue();
        HttpResponse soon = status(503, "Wed, 21 Oct 2015 07:27:05 GMT");
        assertThat(p.delayBeforeRetry(1, soon)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void parseRetryAfter() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        assertThat(RetryPolicy.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryPolicy.parseRetryAfter(" 5 ", now)).contains(Duration.ofSeconds(5));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now))
                .contains(Duration.ofSeconds(60));
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("-5", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("1.5", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("99999999999999999999999", now))
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void anUnparseableRetryAfterFallsBackToBackoff() {
        RetryPolicy p = RetryPolicy.custom().jitter(0).build();
        assertThat(p.shouldRetry(GET, status(503, "later"))).isTrue();
        assertThat(p.delayBeforeRetry(1, status(503, "later"))).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void backoffGrowsExponentiallyUpToTheMaximum() {
        RetryPolicy p = RetryPolicy.custom()
                .jitter(0)
                .initialBackoff(Duration.ofMillis(200))
                .multiplier(2)
                .maxBackoff(Duration.ofSeconds(5))
                .build();
        assertThat(IntStream.rangeClosed(1, 8)
                        .mapToObj(n -> p.delayBeforeRetry(n, null).toMillis()))
                .containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
        assertThat(p.delayBeforeRetry(10_000, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delayBeforeRetry(2, status(503))).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void jitterStaysWithinItsBoundsAndNeverExceedsTheMaximum() {
        RetryPolicy low = RetryPolicy.custom().jitter(0.5).random(() -> 0.0).build();
        RetryPolicy mid = RetryPolicy.custom().jitter(0.5).random(() -> 0.5).build();
        RetryPolicy high =
                RetryPolicy.custom().jitter(0.5).random(() -> 0.999_999).build();
        assertThat(low.delayBeforeRetry(1, null)).isEqualTo(Duration.ofMillis(100));
        assertThat(mid.delayBeforeRetry(1, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(high.delayBeforeRetry(1, null))
                .isGreaterThan(Duration.ofMillis(299))
                .isLessThanOrEqualTo(Duration.ofMillis(300));
        // At the ceiling, jitter may lower the delay but never raise it above maxBackoff.
        assertThat(high.delayBeforeRetry(20, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(low.delayBeforeRetry(20, null)).isEqualTo(Duration.ofMillis(2500));

        for (int attempt = 1; attempt <= 10; attempt++) {
            for (double r = 0; r < 1; r += 0.05) {
                double fixed = r;
                RetryPolicy p = RetryPolicy.custom().random(() -> fixed).build();
                double base = Math.min(200 * Math.pow(2, attempt - 1), 5000);
                long millis = p.delayBeforeRetry(attempt, null).toMillis();
                assertThat(millis)
                        .as("attempt %d, random %.2f", attempt, r)
                        .isBetween((long) Math.floor(base * 0.5) - 1, (long) Math.min(base * 1.5, 5000));
            }
        }
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> RetryPolicy.custom().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.custom().jitter(1.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.custom().multiplier(0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> RetryPolicy.custom()
                        .initialBackoff(Duration.ofMillis(-1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> RetryPolicy.custom().retryAfterCap(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("retryAfterCap");
    }

    @Test
    void newBuilderKeepsEverySetting() {
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        RetryPolicy p = RetryPolicy.custom()
                .maxAttempts(5)
                .initialBackoff(Duration.ofMillis(50))
                .multiplier(3)
                .maxBackoff(Duration.ofSeconds(2))
                .jitter(0.1)
                .retryAfterCap(Duration.ofSeconds(9))
                .retryableStatuses(Set.of(503))
                .retryOnConnectFailure(false)
                .retryOnReadTimeout(false)
                .retryOnNetworkError(false)
                .nonIdempotentRetry(NonIdempotentRetry.WHEN_NOT_PROCESSED)
                .clock(clock)
                .build();
        RetryPolicy copy = p.newBuilder().build();
        assertThat(copy.toString()).isEqualTo(p.toString());
        assertThat(copy.clock()).isSameAs(clock);
        assertThat(p.newBuilder().maxAttempts(2).build().maxAttempts()).isEqualTo(2);
        assertThat(p.maxAttempts()).isEqualTo(5);
    }

    @Test
    void resiliencePolicyCombinesBoth() {
        assertThat(ResiliencePolicy.ofDefaults().retry()).isSameAs(RetryPolicy.ofDefaults());
        assertThat(ResiliencePolicy.ofDefaults().circuitBreaker()).isSameAs(CircuitBreakerPolicy.ofDefaults());
        assertThat(ResiliencePolicy.disabled().retry().maxAttempts()).isEqualTo(1);
        assertThat(ResiliencePolicy.disabled().circuitBreaker().enabled()).isFalse();
        RetryPolicy retry = RetryPolicy.custom().maxAttempts(4).build();
        ResiliencePolicy custom = ResiliencePolicy.custom().retry(retry).build();
        assertThat(custom.retry()).isSameAs(retry);
        assertThat(custom.circuitBreaker()).isSameAs(CircuitBreakerPolicy.ofDefaults());
        ResiliencePolicy changed = custom.newBuilder()
                .circuitBreaker(CircuitBreakerPolicy.disabled())
                .build();
        assertThat(changed.retry()).isSameAs(retry);
        assertThat(changed.circuitBreaker().enabled()).isFalse();
        assertThat(changed.toString()).contains("maxAttempts=4").contains("enabled=false");
        assertThatThrownBy(() -> ResiliencePolicy.custom().retry(null).build())
                .isInstanceOf(NullPointerException.class);
    }
}
