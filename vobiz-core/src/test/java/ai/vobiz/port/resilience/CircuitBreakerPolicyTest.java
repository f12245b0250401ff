package ai.vobiz.port.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ApiError;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.error.TimeoutExceededException.Phase;
import ai.vobiz.port.transport.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CircuitBreakerPolicyTest {
    static final CircuitBreakerPolicy POLICY = CircuitBreakerPolicy.ofDefaults();

    @ParameterizedTest
    @ValueSource(ints = {500, 501, 502, 503, 504, 599})
    void serverErrorsAreFailures(int status) {
        assertThat(POLICY.isFailure(HttpResponse.builder().status(status).build()))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 301, 302, 304, 400, 401, 402, 403, 404, 409, 422, 429, 499})
    void anythingBelow500IsNeverAFailure(int status) {
        assertThat(POLICY.isFailure(HttpResponse.builder().status(status).build()))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void timeoutsAreFailures(Phase phase) {
        assertThat(POLICY.isFailure(new TimeoutExceededException(phase, Duration.ofMillis(1), "t", null)))
                .isTrue();
    }

    @Test
    void connectAndIoFailuresAreFailures() {
        assertThat(POLICY.isFailure(new ConnectFailedException("refused", new IOException())))
                .isTrue();
        assertThat(POLICY.isFailure(new NetworkIOException("reset", new IOException())))
                .isTrue();
        assertThat(POLICY.isFailure(new CompletionException(new NetworkIOException("reset", new IOException()))))
                .isTrue();
    }

    @Test
    void otherThrowablesAreNotFailures() {
        assertThat(POLICY.isFailure(new ResponseTooLargeException(1, "big"))).isFalse();
        assertThat(POLICY.isFailure(new CircuitOpenException("open", Duration.ofSeconds(1))))
                .isFalse();
        assertThat(POLICY.isFailure(new AuthenticationException(ApiError.of(401, null, "no"))))
                .isFalse();
        assertThat(POLICY.isFailure(new DecodingException("Account", null, "bad", "")))
                .isFalse();
        assertThat(POLICY.isFailure(new IllegalStateException())).isFalse();
        assertThat(POLICY.isFailure(new CompletionException(null))).isFalse();
    }

    @Test
    void defaults() {
        assertThat(POLICY.enabled()).isTrue();
        assertThat(POLICY.failureRateThreshold()).isEqualTo(50f);
        assertThat(POLICY.slidingWindowSize()).isEqualTo(20);
        assertThat(POLICY.minimumNumberOfCalls()).isEqualTo(10);
        assertThat(POLICY.waitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.permittedCallsInHalfOpenState()).isEqualTo(3);
        assertThat(CircuitBreakerPolicy.disabled().enabled()).isFalse();
    }

    @Test
    void customAndCopied() {
        CircuitBreakerPolicy p = CircuitBreakerPolicy.custom()
                .failureRateThreshold(25)
                .slidingWindowSize(8)
                .minimumNumberOfCalls(4)
                .waitDurationInOpenState(Duration.ofMillis(300))
                .permittedCallsInHalfOpenState(1)
                .build();
        CircuitBreakerPolicy copy = p.newBuilder().build();
        assertThat(copy.toString()).isEqualTo(p.toString());
        assertThat(copy.failureRateThreshold()).isEqualTo(25f);
        assertThat(copy.slidingWindowSize()).isEqualTo(8);
        assertThat(copy.minimumNumberOfCalls()).isEqualTo(4);
        assertThat(copy.waitDurationInOpenState()).isEqualTo(Duration.ofMillis(300));
        assertThat(copy.permittedCallsInHalfOpenState()).isEqualTo(1);
        assertThat(p.newBuilder().enabled(false).build().enabled()).isFalse();
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() ->
                        CircuitBreakerPolicy.custom().failureRateThreshold(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        CircuitBreakerPolicy.custom().failureRateThreshold(101).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> CircuitBreakerPolicy.custom().slidingWindowSize(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        CircuitBreakerPolicy.custom().minimumNumberOfCalls(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CircuitBreakerPolicy.custom()
                        .permittedCallsInHalfOpenState(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CircuitBreakerPolicy.custom()
                        .waitDurationInOpenState(Duration.ZERO)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
