package ai.vobiz.error;

import java.time.Duration;

/**
 * The client's circuit breaker is open after too many failures, so the call failed fast without reaching Vobiz.
 * Retry after {@link #retryAfter()} or once the cause is fixed.
 */
public final class CircuitOpenException extends VobizException {
    private final Duration retryAfter;

    public CircuitOpenException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The breaker's configured wait in the open state: a hint for when to try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
