package ai.vobiz.resilience4j;

import ai.vobiz.port.transport.TransportEvents;
import ai.vobiz.port.transport.support.SafeTransportEvents;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the transitions of a circuit breaker (an INFO line and {@link TransportEvents#circuitStateChanged}) by
 * looking at its state after each operation a transport performs on it, rather than by subscribing to its event
 * stream: Resilience4j builds a timestamped event object for every recorded call as soon as anyone subscribes, which
 * costs more than the rest of the breaker's bookkeeping. A transition is reported once, from the state last reported;
 * under concurrent calls, a state entered and left between two observations is not reported. An observer that throws
 * is logged and ignored.
 */
public final class BreakerWatch {
    private static final Logger LOG = LoggerFactory.getLogger(BreakerWatch.class);

    private final CircuitBreaker breaker;
    private final TransportEvents events;
    private final AtomicReference<CircuitBreaker.State> lastReported;

    /** Watches {@code breaker} from its current state, reporting to {@code events}. */
    public BreakerWatch(CircuitBreaker breaker, TransportEvents events) {
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.events = SafeTransportEvents.wrap(events);
        this.lastReported = new AtomicReference<>(breaker.getState());
    }

    /** The breaker watched. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** Looks at the state now and reports a change since the last report, if any. */
    public void check() {
        CircuitBreaker.State now = breaker.getState();
        CircuitBreaker.State before = lastReported.get();
        if (before != now && lastReported.compareAndSet(before, now)) {
            LOG.info("Vobiz circuit breaker {}: {} -> {}", breaker.getName(), before, now);
            events.circuitStateChanged(before.name(), now.name());
        }
    }
}
