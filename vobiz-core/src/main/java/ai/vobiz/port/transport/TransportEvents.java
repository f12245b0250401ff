package ai.vobiz.port.transport;

import java.time.Duration;

/**
 * Observes what a transport does for one client: attempts, responses, retries and breaker transitions. Transports
 * call it from their own threads; implementations must be quick and thread-safe. Requests passed here print with
 * redacted credentials. All methods default to doing nothing.
 */
public interface TransportEvents {
    TransportEvents NONE = new TransportEvents() {};

    /** An attempt (1-based) is about to be sent. */
    default void attemptStarted(HttpRequest request, int attempt) {}

    /** An attempt received a response (any status). */
    default void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {}

    /** An attempt failed without a response. */
    default void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {}

    /** The policy decided to try again after {@code delay}; {@code reason} is a status or failure summary. */
    default void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {}

    /** The circuit breaker changed state, for example {@code CLOSED -> OPEN}. */
    default void circuitStateChanged(String fromState, String toState) {}
}
