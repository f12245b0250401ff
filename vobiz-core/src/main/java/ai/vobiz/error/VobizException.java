package ai.vobiz.error;

/**
 * Root of every error the SDK throws. Unchecked and sealed, so a {@code switch} over the subtypes is exhaustive:
 * {@link ApiException} (the API answered with an error status), {@link TransportException} (no usable response),
 * {@link DecodingException} (a 2xx body the SDK could not read), {@link CircuitOpenException} (failed fast) and
 * {@link ConfigurationException} (the client was set up wrongly) and {@link RequestValidationException} (a request
 * that breaks a documented rule, refused before sending). Messages never contain credentials.
 */
public abstract sealed class VobizException extends RuntimeException
        permits ApiException,
                TransportException,
                DecodingException,
                CircuitOpenException,
                ConfigurationException,
                RequestValidationException {

    protected VobizException(String message, Throwable cause) {
        super(message, cause);
    }

    protected VobizException(String message) {
        super(message);
    }
}
