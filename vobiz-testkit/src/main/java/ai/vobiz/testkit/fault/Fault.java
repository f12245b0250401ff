package ai.vobiz.testkit.fault;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A misbehaviour the fake server can inject instead of (or around) its normal response. Scope a fault with a
 * {@link FaultRule}; register it with {@code server.faults().add(rule)}.
 *
 * <p>Faults that replace the response ({@link Respond}, {@link MalformedJson}, {@link HtmlErrorPage},
 * {@link OversizedBody}, {@link Redirect}) skip the endpoint's handler: the server does not act on the request. Faults
 * that disturb delivery ({@link Delay}, {@link StallBody}, {@link TruncateBody}, {@link CloseConnection}) run the
 * handler first, so the server HAS acted on the request when the client sees the failure: exactly the case that makes
 * blind retries of non-idempotent calls dangerous.
 */
public sealed interface Fault
        permits Fault.Respond,
                Fault.Delay,
                Fault.StallBody,
                Fault.CloseConnection,
                Fault.TruncateBody,
                Fault.MalformedJson,
                Fault.HtmlErrorPage,
                Fault.OversizedBody,
                Fault.Redirect {

    /**
     * Answers with this status, headers and body. A null body renders the API's standard error envelope for the
     * status ({@code {"status":"error","error":{"code":…,"message":…},"timestamp":…,"requestId":…}}).
     */
    record Respond(
            int status,
            Map<String, String> headers,
            @Nullable String body) implements Fault {
        public Respond {
            requireStatus(status, 100, 599);
            headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        }
    }

    /** Waits this long, then answers normally. Released early when the server is reset or closed. */
    record Delay(Duration delay) implements Fault {
        public Delay {
            requireNonNegative(delay, "delay");
        }
    }

    /**
     * Sends the status line, headers (with the full Content-Length) and part of the body, then goes silent for
     * {@code stall} and closes the connection. A client whose read timeout is shorter sees a read timeout.
     */
    record StallBody(Duration stall) implements Fault {
        public StallBody {
            requireNonNegative(stall, "stall");
        }
    }

    /** Closes the connection without writing a single byte of response. */
    record CloseConnection() implements Fault {}

    /** Declares the full Content-Length, sends only part of the body, then closes the connection. */
    record TruncateBody() implements Fault {}

    /** 200 with {@code Content-Type: application/json} and a body that is not valid JSON. */
    record MalformedJson() implements Fault {}

    /** An HTML error page with this status, as a proxy or load balancer would send. */
    record HtmlErrorPage(int status) implements Fault {
        public HtmlErrorPage {
            requireStatus(status, 100, 599);
        }
    }

    /** 200 with a JSON content type and a body of exactly {@code bytes} bytes (streamed, never held in memory). */
    record OversizedBody(long bytes) implements Fault {
        public OversizedBody {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative, got " + bytes);
            }
        }
    }

    /** A redirect (3xx) to {@code location}. */
    record Redirect(int status, String location) implements Fault {
        public Redirect {
            requireStatus(status, 300, 399);
            Objects.requireNonNull(location, "location");
        }
    }

    /** A status with the standard error envelope as body. */
    static Fault status(int status) {
        return new Respond(status, Map.of(), null);
    }

    /** A status with extra headers (for example {@code Retry-After}) and the standard error envelope as body. */
    static Fault status(int status, Map<String, String> headers) {
        return new Respond(status, headers, null);
    }

    /** A status with a literal body (sent as {@code application/json} unless the headers say otherwise). */
    static Fault respond(int status, String body) {
        return new Respond(status, Map.of(), Objects.requireNonNull(body, "body"));
    }

    /** A status with headers and a literal body. */
    static Fault respond(int status, Map<String, String> headers, String body) {
        return new Respond(status, headers, Objects.requireNonNull(body, "body"));
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault stallBody(Duration stall) {
        return new StallBody(stall);
    }

    static Fault closeConnection() {
        return new CloseConnection();
    }

    static Fault truncateBody() {
        return new TruncateBody();
    }

    static Fault malformedJson() {
        return new MalformedJson();
    }

    static Fault htmlErrorPage(int status) {
        return new HtmlErrorPage(status);
    }

    static Fault oversizedBody(long bytes) {
        return new OversizedBody(bytes);
    }

    static Fault redirect(int status, String location) {
        return new Redirect(status, location);
    }

    private static void requireStatus(int status, int min, int max) {
        if (status < min || status > max) {
            throw new IllegalArgumentException("status must be in " + min + ".." + max + ", got " + status);
        }
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
    }
}
