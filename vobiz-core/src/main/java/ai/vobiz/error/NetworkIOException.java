package ai.vobiz.error;

/**
 * The exchange broke after the request may have been sent: connection reset or closed early, a truncated body, a
 * protocol error. The server may have acted on the request.
 */
public final class NetworkIOException extends TransportException {
    public NetworkIOException(String message, Throwable cause) {
        super(message, cause);
    }
}
