package ai.vobiz.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The policy's translation, judged by what a Resilience4j Retry and CircuitBreaker built from it decide. */
class Resilience4jConfigsTest {
    static final HttpRequest GET =
            HttpRequest.builder().uri("https://api.vobiz.ai/api/v1/auth/me").build();
    static final HttpRequest POST = HttpRequest.builder()
            .method(HttpMethod.POST)
            .uri("https://api.vobiz.ai/api/v1/partner/accounts/MA_X/transfer-balance")
            .body("{}")
            .build();
    /** No jitter and a fixed backoff, so that every wait is known. */
    static final RetryPolicy RETRY = RetryPolicy.custom()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(40))
            .multiplier(1)
            .maxBackoff(Duration.ofMillis(40))
            .jitter(0)
            .retryAfterCap(Duration.ofSeconds(30))
            .build();

    static HttpResponse status(int status) {
        return HttpResponse.builder().status(status).build();
    }

    static ConnectFailedException refused() {
        return new ConnectFailedException("refused", new ConnectException("refused"));
    }

    static Retry.AsyncContext<AttemptResponse> newCall(RetryConfig config) {
        return Retry.of("test", config).asyncContext();
    }

    @Test
    void retriesWhatThePolicyRetriesWithItsRequestInHand() {
        RetryConfig config = Resilience4jConfigs.retry(RETRY, null);
        assertThat(config.getMaxAttempts()).isEqualTo(3);
        assertThat(config.isFailAfterMaxAttempts()).isFalse();

        assertThat(newCall(config).onResult(new AttemptResponse(GET, status(503))))
                .isEqualTo(40);
        assertThat(newCall(config).onResult(new AttemptResponse(POST, status(503))))
                .as("a POST is never re-sent after a 503")
                .isEqualTo(-1);
        assertThat(newCall(config).onResult(new AttemptResponse(GET, status(500))))
                .isEqualTo(-1);
        assertThat(newCall(config).onResult(new AttemptResponse(GET, status(200))))
                .isEqualTo(-1);
        assertThat(newCall(config).onError(new AttemptFailure(GET, refused()))).isEqualTo(40);
        assertThat(newCall(config).onError(new AttemptFailure(GET, new NetworkIOException("broken", null))))
                .isEqualTo(40);
        assertThat(newCall(config).onError(refused()))
                .as("a failure without its request is never retried")
                .isEqualTo(-1);
    }

    @Test
    void waitsWhatRetryAfterSays() {
        Retry.AsyncContext<AttemptResponse> call = newCall(Resilience4jConfigs.retry(RETRY, null));
        HttpResponse limited =
                HttpResponse.builder().status(429).header("Retry-After", "2").build();
        assertThat(call.onResult(new AttemptResponse(GET, limited))).isEqualTo(2000);
    }

    @Test
    void stopsAtTheAttemptLimit() {
        Retry.AsyncContext<AttemptResponse> call = newCall(Resilience4jConfigs.retry(RETRY, null));
        AttemptResponse busy = new AttemptResponse(GET, status(503));
        assertThat(call.onResult(busy)).isEqualTo(40);
        assertThat(call.onResult(busy)).isEqualTo(40);
        assertThat(call.onResult(busy)).as("the third attempt was the last").isEqualTo(-1);
    }

    @Test
    void tellsTheListenerOfEveryRetryDecided() {
        List<String> told = new ArrayList<>();
        RetryConfig config = Resilience4jConfigs.retry(
                RETRY,
                (request, next, delay, outcome) ->
                        told.add(request.method() + " " + next + " " + delay.toMillis() + " " + outcome));
        Retry.AsyncContext<AttemptResponse> call = newCall(config);
        call.onResult(new AttemptResponse(GET, status(502)));
        call.onError(new AttemptFailure(GET, refused()));
        newCall(config).onResult(new AttemptResponse(POST, status(503)));
        assertThat(told).containsExactly("GET 2 40 HTTP 502", "GET 3 40 ConnectFailedException");
    }

    @Test
    void breakerConfigurationFollowsThePolicy() {
        CircuitBreakerPolicy policy = CircuitBreakerPolicy.custom()
                .slidingWindowSize(8)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(25)
                .waitDurationInOpenState(Duration.ofSeconds(7))
                .permittedCallsInHalfOpenState(2)
                .build();
        CircuitBreakerConfig config = Resilience4jConfigs.circuitBreaker(policy);
        assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
        assertThat(config.getSlidingWindowSize()).isEqualTo(8);
        assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
        assertThat(config.getFailureRateThreshold()).isEqualTo(25f);
        assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(7000L);
        assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
        assertThat(config.isAutomaticTransitionFromOpenToHalfOpenEnabled()).isFalse();
    }

    @Test
    void breakerCountsWhatThePolicyCallsAFailure() {
        CircuitBreakerConfig config = Resilience4jConfigs.circuitBreaker(CircuitBreakerPolicy.ofDefaults());
        assertThat(config.getRecordResultPredicate().test(status(503))).isTrue();
        assertThat(config.getRecordResultPredicate().test(new AttemptResponse(GET, status(502))))
                .isTrue();
        assertThat(config.getRecordResultPredicate().test(status(404)))
                .as("4xx never")
                .isFalse();
        assertThat(config.getRecordResultPredicate().test(new AttemptResponse(GET, status(429))))
                .isFalse();
        assertThat(config.getRecordExceptionPredicate().test(new AttemptFailure(GET, refused())))
                .isTrue();
        assertThat(config.getRecordExceptionPredicate().test(refused())).isTrue();
        assertThat(config.getRecordExceptionPredicate().test(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void aDisabledBreakerHasNoConfiguration() {
        assertThatThrownBy(() -> Resilience4jConfigs.circuitBreaker(CircuitBreakerPolicy.disabled()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void breakerOpensOnThePolicysFailures() {
        CircuitBreakerPolicy policy = CircuitBreakerPolicy.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .build();
        CircuitBreaker breaker = CircuitBreaker.of("test", Resilience4jConfigs.circuitBreaker(policy));
        breaker.onResult(1, TimeUnit.MILLISECONDS, status(200));
        breaker.onResult(1, TimeUnit.MILLISECONDS, status(404));
        breaker.onError(
                1, TimeUnit.MILLISECONDS, new AttemptFailure(GET, new NetworkIOException("x", new IOException())));
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.onResult(1, TimeUnit.MILLISECONDS, new AttemptResponse(GET, status(503)));
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
