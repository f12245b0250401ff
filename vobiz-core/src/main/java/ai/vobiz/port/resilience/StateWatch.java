package ai.vobiz.port.resilience;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reports the transitions of a state machine (a circuit breaker) by looking at its state after each operation a
 * transport performs on it, rather than by subscribing to the machine's own event stream: Resilience4j builds a
 * timestamped event object for every recorded call as soon as anyone subscribes, which costs more than the rest of the
 * breaker's bookkeeping. A transition is reported once, from the state last reported; under concurrent calls, a state
 * entered and left between two observations is not reported.
 *
 * @param <S> the state type, compared with {@code equals}
 */
public final class StateWatch<S> {
    private final Supplier<S> state;
    private final BiConsumer<S, S> onTransition;
    private final AtomicReference<S> lastReported;

    /** Watches {@code state}, starting from its current value; {@code onTransition} receives (from, to). */
    public StateWatch(Supplier<S> state, BiConsumer<S, S> onTransition) {
        this.state = Objects.requireNonNull(state, "state");
        this.onTransition = Objects.requireNonNull(onTransition, "onTransition");
        this.lastReported = new AtomicReference<>(Objects.requireNonNull(state.get(), "initial state"));
    }

    /** Looks at the state now and reports a change since the last report, if any. */
    public void check() {
        S now = state.get();
        S before = lastReported.get();
        if (!before.equals(now) && lastReported.compareAndSet(before, now)) {
            onTransition.accept(before, now);
        }
    }
}
