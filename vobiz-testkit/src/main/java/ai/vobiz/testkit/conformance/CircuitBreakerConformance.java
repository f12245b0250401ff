package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.CircuitBreakerPolicy;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One breaker per transport: it opens at the configured failure rate (5xx and timeouts count, 4xx never), then fails
 * fast with {@link CircuitOpenException} without touching the server, lets a trial call through after the wait, and
 * closes again once the server has recovered. Transitions are reported to
 * {@link ai.vobiz.port.transport.TransportEvents#circuitStateChanged} with Resilience4j's state names.
 */
@RequiresSocket
public abstract class CircuitBreakerConformance extends ConformanceSupport {
    private static final Duration OPEN_WAIT = Duration.ofMillis(200);

    private RecordingEvents events;

    private HttpTransport breakerTransport(Duration readTimeout) {
        events = new RecordingEvents();
        CircuitBreakerPolicy breaker = CircuitBreakerPolicy.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(OPEN_WAIT)
                .permittedCallsInHalfOpenState(1)
                .build();
        return transport(options()
                .readTimeout(readTimeout)
                .events(events)
                .resilience(ResiliencePolicy.custom()
                        .retry(RetryPolicy.disabled())
                        .circuitBreaker(breaker)
                        .build())
                .build());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void opensOnServerErrorsAndFailsFastWithoutCallingTheServer(Mode mode) {
        server().faults().add(FaultRule.of(Fault.status(500)).path(ME).build());
        HttpTransport t = breakerTransport(Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            assertThat(mode.send(t, get(ME)).status()).isEqualTo(500);
        }
        assertThat(events.transitions()).containsExactly("CLOSED->OPEN");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> mode.send(t, get(ME)))
                    .isInstanceOfSatisfying(
                            CircuitOpenException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(OPEN_WAIT));
        }
        assertThat(count("GET", ME)).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void timeoutsCountAsFailures(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.delay(Duration.ofSeconds(1))).path(ME).build());
        HttpTransport t = breakerTransport(Duration.ofMillis(100));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> mode.send(t, get(ME))).isInstanceOf(TimeoutExceededException.class);
        }
        assertThatThrownBy(() -> mode.send(t, get(ME))).isInstanceOf(CircuitOpenException.class);
        assertThat(count("GET", ME)).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clientErrorsNeverOpenIt(Mode mode) {
        HttpTransport t = breakerTransport(Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            HttpResponse r = mode.send(
                    t,
                    get(ME).newBuilder()
                            .header("X-Auth-Token", "wrong-token-value")
                            .build());
            assertThat(r.status()).isEqualTo(401);
        }
        assertThat(events.transitions()).isEmpty();
        assertThat(count("GET", ME)).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void halfOpensAfterTheWaitAndClosesOnceTheServerRecovers(Mode mode) {
        server().faults().add(FaultRule.of(Fault.status(503)).path(ME).build());
        HttpTransport t = breakerTransport(Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            mode.send(t, get(ME));
        }
        assertThatThrownBy(() -> mode.send(t, get(ME))).isInstanceOf(CircuitOpenException.class);
        server().faults().clear();

        // No sleeping: keep calling (each rejected call is local and cheap) until the breaker lets one through.
        HttpResponse trial = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (trial == null && System.nanoTime() - deadline < 0) {
            try {
                trial = mode.send(t, get(ME));
            } catch (CircuitOpenException stillOpen) {
                Thread.yield();
            }
        }
        assertThat(trial)
                .as("a call was let through within 5 s of a %s wait", OPEN_WAIT)
                .isNotNull();
        assertThat(trial.status()).isEqualTo(200);
        assertThat(events.transitions()).containsSubsequence("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
        assertThat(count("GET", ME)).isEqualTo(5);
        assertThat(mode.send(t, get(ME)).status()).isEqualTo(200);
    }
}
