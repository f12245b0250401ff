package ai.vobiz.error;

/** No connection could be made (refused, unreachable, DNS, TLS handshake): the request was never sent. */
public final class ConnectFailedException extends TransportException {
    public ConnectFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
