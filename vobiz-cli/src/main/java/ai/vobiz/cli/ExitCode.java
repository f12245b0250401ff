package ai.vobiz.cli;

/** The {@code vobiz} command's exit codes: stable, documented, one per class of failure. */
public enum ExitCode {
    SUCCESS(0, "success"),
    UNEXPECTED(1, "unexpected error"),
    USAGE(2, "usage"),
    AUTHENTICATION(3, "authentication failed"),
    PERMISSION(4, "permission denied"),
    NOT_FOUND(5, "not found"),
    RATE_LIMITED(6, "rate limited"),
    CLIENT_ERROR(7, "client error"),
    SERVER_ERROR(8, "server error"),
    TRANSPORT(9, "transport error"),
    UNDECODABLE(10, "undecodable response"),
    CIRCUIT_OPEN(11, "circuit open");

    private final int code;
    private final String category;

    ExitCode(int code, String category) {
        this.code = code;
        this.category = category;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** The words printed after {@code vobiz:} on an error line. */
    public String category() {
        return category;
    }
}
