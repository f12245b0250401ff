package ai.vobiz.port.transport.support;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TransportEvents} that passes every event on to an observer and never lets the observer break the exchange:
 * whatever it throws is logged (WARN) and ignored. Transports wrap the observer of their options once with
 * {@link #wrap} and call it directly.
 */
public final class SafeTransportEvents implements TransportEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SafeTransportEvents.class);

    private final TransportEvents observer;

    private SafeTransportEvents(TransportEvents observer) {
        this.observer = observer;
    }

    /** The observer made safe; {@link TransportEvents#NONE} and an already safe one are returned as they are. */
    public static TransportEvents wrap(TransportEvents observer) {
        Objects.requireNonNull(observer, "observer");
        return observer == TransportEvents.NONE || observer instanceof SafeTransportEvents
                ? observer
                : new SafeTransportEvents(observer);
    }

    @Override
    public void attemptStarted(HttpRequest request, int attempt) {
        safely("attemptStarted", () -> observer.attemptStarted(request, attempt));
    }

    @Override
    public void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
        safely("responseReceived", () -> observer.responseReceived(request, attempt, response, elapsed));
    }

    @Override
    public void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {
        safely("attemptFailed", () -> observer.attemptFailed(request, attempt, failure, elapsed));
    }

    @Override
    public void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {
        safely("retryScheduled", () -> observer.retryScheduled(request, nextAttempt, delay, reason));
    }

    @Override
    public void circuitStateChanged(String fromState, String toState) {
        safely("circuitStateChanged", () -> observer.circuitStateChanged(fromState, toState));
    }

    private static void safely(String event, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.warn("TransportEvents.{} threw; ignored", event, e);
        }
    }

    @Override
    public String toString() {
        return "SafeTransportEvents[" + observer + "]";
    }
}
