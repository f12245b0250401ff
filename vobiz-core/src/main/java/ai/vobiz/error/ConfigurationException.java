package ai.vobiz.error;

/** The client cannot be built or used as configured: missing credentials, a refused URL, no transport found. */
public final class ConfigurationException extends VobizException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
