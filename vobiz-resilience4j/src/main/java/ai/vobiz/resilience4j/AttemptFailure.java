package ai.vobiz.resilience4j;

import ai.vobiz.port.transport.HttpRequest;
import java.util.Objects;

/**
 * A failed attempt together with its request, for the same reason as {@link AttemptResponse}: a shared retry's
 * exception predicate sees only the exception. It carries no stack trace of its own (it only wraps {@link #getCause()},
 * which a transport unwraps before anyone else sees it), and its message is the cause's.
 */
public final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient HttpRequest request;

    public AttemptFailure(HttpRequest request, Throwable failure) {
        super(Objects.requireNonNull(failure, "failure").getMessage(), failure, false, false);
        this.request = Objects.requireNonNull(request, "request");
    }

    public HttpRequest request() {
        return request;
    }

    /** The failure itself, never null. */
    public Throwable failure() {
        return getCause();
    }

    /** The failure a transport reports: the cause of an {@code AttemptFailure}, any other throwable as it is. */
    public static Throwable unwrap(Throwable t) {
        return t instanceof AttemptFailure f ? f.failure() : t;
    }
}
