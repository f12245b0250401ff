package ai.vobiz.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.port.transport.TransportEvents;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakerWatchTest {

    static final class Transitions implements TransportEvents {
        final List<String> seen = new ArrayList<>();

        @Override
        public void circuitStateChanged(String fromState, String toState) {
            seen.add(fromState + "->" + toState);
        }
    }

    @Test
    void reportsEachTransitionOnceFromTheStateLastReported() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("watched");
        Transitions events = new Transitions();
        BreakerWatch watch = new BreakerWatch(breaker, events);
        watch.check();
        assertThat(events.seen).isEmpty();

        breaker.transitionToOpenState();
        watch.check();
        watch.check();
        assertThat(events.seen).containsExactly("CLOSED->OPEN");

        breaker.transitionToHalfOpenState();
        breaker.transitionToClosedState();
        watch.check();
        assertThat(events.seen)
                .as("a state entered and left between two looks is not reported")
                .containsExactly("CLOSED->OPEN", "OPEN->CLOSED");
    }

    @Test
    void anObserverThatThrowsDoesNotBreakTheWatch() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("watched");
        List<String> seen = new ArrayList<>();
        BreakerWatch watch = new BreakerWatch(breaker, new TransportEvents() {
            @Override
            public void circuitStateChanged(String fromState, String toState) {
                seen.add(toState);
                throw new IllegalStateException("observer bug");
            }
        });
        breaker.transitionToOpenState();
        watch.check();
        breaker.transitionToHalfOpenState();
        watch.check();
        assertThat(seen).containsExactly("OPEN", "HALF_OPEN");
    }
}
