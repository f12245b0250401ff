package ai.vobiz.error;

/** The response body exceeded the configured cap and was abandoned instead of filling the heap. */
public final class ResponseTooLargeException extends TransportException {
    private final long limitBytes;

    public ResponseTooLargeException(long limitBytes, String message) {
        super(message, null);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
