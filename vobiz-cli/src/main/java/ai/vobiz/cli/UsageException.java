package ai.vobiz.cli;

/** The command line asks for something impossible (a bad method, an unreadable data file): exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
