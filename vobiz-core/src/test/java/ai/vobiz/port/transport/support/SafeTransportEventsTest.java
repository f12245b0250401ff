package ai.vobiz.port.transport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTransportEventsTest {
    static final HttpRequest GET =
            HttpRequest.builder().uri("https://api.vobiz.ai/api/v1/auth/me").build();

    /** Records each event, then throws. */
    static final class Throwing implements TransportEvents {
        final List<String> seen = new ArrayList<>();

        private void fail(String event) {
            seen.add(event);
            throw new IllegalStateException("observer bug in " + event);
        }

        @Override
        public void attemptStarted(HttpRequest request, int attempt) {
            fail("started " + attempt);
        }

        @Override
        public void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
            fail("response " + response.status());
        }

        @Override
        public void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {
            fail("failed " + attempt);
        }

        @Override
        public void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {
            fail("retry " + nextAttempt + " " + reason);
        }

        @Override
        public void circuitStateChanged(String fromState, String toState) {
            fail(fromState + "->" + toState);
        }
    }

    @Test
    void passesEveryEventOnAndSwallowsWhatTheObserverThrows() {
        Throwing observer = new Throwing();
        TransportEvents safe = SafeTransportEvents.wrap(observer);
        assertThatCode(() -> {
                    safe.attemptStarted(GET, 1);
                    safe.responseReceived(
                            GET, 1, HttpResponse.builder().status(503).build(), Duration.ZERO);
                    safe.attemptFailed(GET, 2, new IOException("x"), Duration.ZERO);
                    safe.retryScheduled(GET, 3, Duration.ofMillis(5), "HTTP 503");
                    safe.circuitStateChanged("CLOSED", "OPEN");
                })
                .doesNotThrowAnyException();
        assertThat(observer.seen)
                .containsExactly("started 1", "response 503", "failed 2", "retry 3 HTTP 503", "CLOSED->OPEN");
    }

    @Test
    void wrapsOnce() {
        TransportEvents safe = SafeTransportEvents.wrap(new Throwing());
        assertThat(SafeTransportEvents.wrap(safe)).isSameAs(safe);
        assertThat(SafeTransportEvents.wrap(TransportEvents.NONE)).isSameAs(TransportEvents.NONE);
    }
}
