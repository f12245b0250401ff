package ai.vobiz.transport.netty;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.error.VobizException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.TransportOptions;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The transport's failures: what Netty and reactor-netty throw turned into the SDK's typed transport errors, and the
 * failures the transport itself decides (call timeout, open breaker, closed transport). Messages name the method and the
 * target without its query, never a header: credentials cannot leak through them.
 */
final class Failures {
    private static final int MAX_CAUSE_DEPTH = 10;

    private Failures() {}

    static Throwable map(Throwable failure, HttpRequest request, TransportOptions options) {
        return map(failure, request, options, 1);
    }

    /**
     * @param attempt the attempt that failed, counted from 1: from the second on, the message says how many attempts
     *     were made (the message of the failure that ends a call after retries)
     */
    static Throwable map(Throwable failure, HttpRequest request, TransportOptions options, int attempt) {
        if (failure instanceof VobizException || failure instanceof Error) {
            return failure;
        }
        String target = describe(request);
        String made = attempt > 1 ? " after " + attempt + " attempts" : "";
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            // ConnectTimeoutException is a ConnectException: test it first.
            if (t instanceof ConnectTimeoutException) {
                return new TimeoutExceededException(
                        TimeoutExceededException.Phase.CONNECT,
                        options.connectTimeout(),
                        target + ": no connection within the connect timeout of " + options.connectTimeout() + made,
                        failure);
            }
            if (t instanceof ReadTimeoutException) {
                return new TimeoutExceededException(
                        TimeoutExceededException.Phase.READ,
                        options.readTimeout(),
                        target + ": no response bytes within the read timeout of " + options.readTimeout() + made,
                        failure);
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof SSLHandshakeException) {
                return new ConnectFailedException(target + ": could not connect (" + summary(t) + ")" + made, failure);
            }
            if (isPoolAcquireFailure(t)) {
                // The pool refused or timed out handing out a connection: the request was never written.
                return new ConnectFailedException(
                        target + ": no pooled connection available (" + summary(t) + ")" + made, failure);
            }
        }
        return new NetworkIOException(target + ": the exchange failed (" + summary(failure) + ")" + made, failure);
    }

    /** The call did not end within the call timeout, retries and backoff included. */
    static TimeoutExceededException callTimeout(HttpRequest request, TransportOptions options) {
        Duration callTimeout = options.callTimeout();
        return new TimeoutExceededException(
                TimeoutExceededException.Phase.CALL,
                callTimeout,
                describe(request) + ": the call did not complete within the call timeout of " + callTimeout
                        + " (retries and backoff included)",
                null);
    }

    /** The breaker refused the attempt. */
    static CircuitOpenException circuitOpen(HttpRequest request, Duration wait) {
        return new CircuitOpenException(
                "The Vobiz circuit breaker is open after repeated failures; the call to " + describe(request)
                        + " was not attempted. Try again in " + wait + ".",
                wait);
    }

    /** A call made after {@code close()}. */
    static IllegalStateException closed() {
        return new IllegalStateException("This NettyTransport is closed");
    }

    /** A call still running when the transport was closed: it ends as cancelled. */
    static CancellationException closedWhileRunning(HttpRequest request) {
        return new CancellationException(describe(request) + ": cancelled because the transport was closed");
    }

    /** reactor-netty shades reactor-pool, so match its acquire errors by simple name. */
    private static boolean isPoolAcquireFailure(Throwable t) {
        String name = t.getClass().getSimpleName();
        return name.equals("PoolAcquireTimeoutException") || name.equals("PoolAcquirePendingLimitException");
    }

    static String describe(HttpRequest request) {
        URI u = request.uri();
        StringBuilder sb = new StringBuilder(64)
                .append(request.method())
                .append(' ')
                .append(u.getScheme())
                .append("://")
                .append(u.getHost());
        if (u.getPort() >= 0) {
            sb.append(':').append(u.getPort());
        }
        sb.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        return sb.toString();
    }

    private static String summary(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank()
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + message;
    }
}
