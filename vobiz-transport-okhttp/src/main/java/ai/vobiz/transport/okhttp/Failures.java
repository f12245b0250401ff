package ai.vobiz.transport.okhttp;

import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.error.TimeoutExceededException.Phase;
import ai.vobiz.error.TransportException;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.TransportOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * Turns what OkHttp throws into the SDK's typed transport errors. Messages name the method, the URL and the reason,
 * never a header value: any credential of the request that shows up in a reason is replaced by {@code <redacted>}.
 */
final class Failures {
    private Failures() {}

    /**
     * Classifies an I/O failure of one attempt.
     *
     * @param connected whether the attempt got a connection (OkHttp reached our network interceptor): before that
     *     point the request cannot have been sent, so any failure is a connect failure
     * @param deadlineExpired whether the whole-call deadline has passed
     */
    static TransportException classify(
            IOException e,
            HttpRequest request,
            boolean connected,
            boolean deadlineExpired,
            TransportOptions options,
            int attempt) {
        // OkHttp's own call timeout (which we set to the time left before the deadline) surfaces as a plain
        // InterruptedIOException; SocketTimeoutException is its subclass for connect and read timeouts.
        if (deadlineExpired || e.getClass() == InterruptedIOException.class) {
            return callTimeout(request, options, e);
        }
        String made = attemptsMade(attempt);
        if (e instanceof SocketTimeoutException) {
            return connected
                    ? new TimeoutExceededException(
                            Phase.READ,
                            options.readTimeout(),
                            describe(
                                    request,
                                    "no response data within the read timeout of " + human(options.readTimeout())
                                            + made),
                            e)
                    : new TimeoutExceededException(
                            Phase.CONNECT,
                            options.connectTimeout(),
                            describe(
                                    request,
                                    "could not connect within the connect timeout of " + human(options.connectTimeout())
                                            + made),
                            e);
        }
        if (!connected) {
            return new ConnectFailedException(
                    describe(request, "could not connect (the request was not sent): " + reason(e, request) + made), e);
        }
        return new NetworkIOException(describe(request, "the exchange broke: " + reason(e, request) + made), e);
    }

    /** From the second attempt on, how many were made: the failure that ends a call after retries says so. */
    private static String attemptsMade(int attempt) {
        return attempt > 1 ? " (after " + attempt + " attempts)" : "";
    }

    static TimeoutExceededException callTimeout(HttpRequest request, TransportOptions options, Throwable cause) {
        return new TimeoutExceededException(
                Phase.CALL,
                options.callTimeout(),
                describe(
                        request,
                        "the call did not complete within its deadline of " + human(options.callTimeout())
                                + " (retries and backoff included)"),
                cause);
    }

    static TimeoutExceededException deadlineBeforeRetry(
            HttpRequest request, TransportOptions options, Duration delay, String lastOutcome, int attempt) {
        return new TimeoutExceededException(
                Phase.CALL,
                options.callTimeout(),
                describe(
                        request,
                        "the next attempt (in " + human(delay) + ", after " + lastOutcome + " on attempt " + attempt
                                + ") could not start before the call deadline of " + human(options.callTimeout())),
                null);
    }

    static ResponseTooLargeException tooLarge(HttpRequest request, long limit, String detail) {
        return new ResponseTooLargeException(
                limit,
                describe(request, "the response body exceeds the limit of " + limit + " bytes (" + detail + ")"));
    }

    /** A call made after {@code close()}. */
    static IllegalStateException closed() {
        return new IllegalStateException("This Vobiz OkHttp transport is closed");
    }

    /** A call whose transport was closed while it ran: it ends as cancelled (the future reports isCancelled()). */
    static CancellationException closedWhileRunning(HttpRequest request) {
        return new CancellationException(describe(request, "cancelled because the transport was closed"));
    }

    static CircuitOpenException circuitOpen(HttpRequest request, Duration wait) {
        return new CircuitOpenException(
                describe(
                        request,
                        "not sent: the circuit breaker is open after too many recent failures; it lets calls "
                                + "through again after " + human(wait)),
                wait);
    }

    static String describe(HttpRequest request, String reason) {
        return request.method() + " " + request.uri() + ": " + reason;
    }

    /** The exception's message with the request's credential values removed. */
    static String reason(Throwable e, HttpRequest request) {
        String message = e.getMessage();
        String text = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
        return redact(text, request.headers());
    }

    static String redact(String text, HttpHeaders headers) {
        String out = text;
        for (String name : headers.names()) {
            if (HttpHeaders.isSensitive(name)) {
                for (String value : headers.values(name)) {
                    if (value.length() >= 4) {
                        out = out.replace(value, "<redacted>");
                    }
                }
            }
        }
        return out;
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
