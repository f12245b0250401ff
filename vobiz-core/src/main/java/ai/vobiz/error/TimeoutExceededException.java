package ai.vobiz.error;

import java.time.Duration;

/** A configured timeout expired; {@link #phase()} says which one. */
public final class TimeoutExceededException extends TransportException {

    /** Which timeout expired. */
    public enum Phase {
        /** Establishing the connection: the request was not sent. */
        CONNECT,
        /** Waiting for response bytes: the server may have acted on the request. */
        READ,
        /** The whole call's deadline, retries included. */
        CALL
    }

    private final Phase phase;
    private final Duration timeout;

    public TimeoutExceededException(Phase phase, Duration timeout, String message, Throwable cause) {
        super(message, cause);
        this.phase = phase;
        this.timeout = timeout;
    }

    public Phase phase() {
        return phase;
    }

    /** The configured value that expired. */
    public Duration timeout() {
        return timeout;
    }
}
