package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The call timeout is one deadline for the whole call: when it passes during an attempt, or when the next retry could
 * not start before it, the call fails with {@link TimeoutExceededException} phase CALL. Needs no socket.
 */
public abstract class DeadlineConformance extends ConformanceSupport {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deadlineDuringAnAttempt(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.delay(Duration.ofSeconds(3))).path(ME).build());
        HttpTransport t = transport(options()
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofMillis(300))
                .build());
        assertThatThrownBy(() -> mode.send(t, get(ME))).isInstanceOfSatisfying(TimeoutExceededException.class, e -> {
            assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CALL);
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deadlineAcrossRetriesAndBackoff(Mode mode) {
        RetryPolicy everyHundredMillis = fastRetry()
                .maxAttempts(50)
                .initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(100))
                .jitter(0)
                .build();
        HttpTransport t = transport(options()
                .callTimeout(Duration.ofSeconds(1))
                .resilience(policy(everyHundredMillis))
                .build());
        // A first call warms the connection and the code paths, so that on a loaded machine the deadline still
        // spans several attempts rather than one slow cold start.
        assertThat(mode.send(t, get(ME)).status()).isEqualTo(200);
        server().journal().clear();
        server().faults().add(FaultRule.of(Fault.status(503)).path(ME).build());
        assertThatThrownBy(() -> mode.send(t, get(ME)))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.CALL));
        assertThat(count("GET", ME)).isBetween(2, 49);
    }
}
