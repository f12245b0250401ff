package ai.vobiz.error;

/**
 * The call produced no usable HTTP response: the connection failed, a timeout expired, the exchange broke, or the
 * response exceeded the size cap. Whether the server acted on the request is unknown unless the subtype says so
 * ({@link ConnectFailedException} means it was never sent).
 */
public abstract sealed class TransportException extends VobizException
        permits ConnectFailedException, TimeoutExceededException, NetworkIOException, ResponseTooLargeException {

    protected TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
