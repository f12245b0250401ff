package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.port.resilience.NonIdempotentRetry;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpTransport;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real-socket failures: a refused connection is a {@link ConnectFailedException}, retried for a GET and for a POST
 * under {@link NonIdempotentRetry#WHEN_NOT_PROCESSED} (nothing was sent), once only for a POST otherwise.
 */
@RequiresSocket
public abstract class NetworkFailureConformance extends ConformanceSupport {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void refusedConnectionIsAConnectFailure(Mode mode) {
        HttpTransport t =
                transport(options().resilience(policy(RetryPolicy.disabled())).build());
        assertThatThrownBy(() -> mode.send(t, request(HttpMethod.GET, closedPort(), ME, null)))
                .isInstanceOf(ConnectFailedException.class)
                .hasMessageContaining("GET")
                .as("one attempt: nothing to count")
                .message()
                .doesNotContain("attempts");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void connectFailureIsRetriedForGet(Mode mode) {
        RecordingEvents events = new RecordingEvents();
        HttpTransport t = transport(options().events(events).build());
        URI nowhere = closedPort();
        assertThatThrownBy(() -> mode.send(t, request(HttpMethod.GET, nowhere, ME, null)))
                .isInstanceOf(ConnectFailedException.class)
                .as("the failure that ends the call says how many attempts were made")
                .hasMessageContaining("after 3 attempts");
        assertThat(events.attempts()).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void connectFailureOfPostIsRetriedOnlyWhenAllowed(Mode mode) {
        URI nowhere = closedPort();
        RecordingEvents never = new RecordingEvents();
        HttpTransport strict = transport(options().events(never).build());
        assertThatThrownBy(() -> mode.send(strict, request(HttpMethod.POST, nowhere, ECHO, "{}")))
                .isInstanceOf(ConnectFailedException.class);
        assertThat(never.attempts()).containsExactly(1);

        RecordingEvents allowed = new RecordingEvents();
        HttpTransport lenient = transport(options()
                .events(allowed)
                .resilience(policy(fastRetry()
                        .nonIdempotentRetry(NonIdempotentRetry.WHEN_NOT_PROCESSED)
                        .build()))
                .build());
        assertThatThrownBy(() -> mode.send(lenient, request(HttpMethod.POST, nowhere, ECHO, "{}")))
                .isInstanceOf(ConnectFailedException.class);
        assertThat(allowed.attempts()).containsExactly(1, 2, 3);
    }
}
