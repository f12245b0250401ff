package ai.vobiz.testkit.journal;

import ai.vobiz.port.transport.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the fake server received it. {@link #toString()} redacts credentials and never shows the body.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query
 * @param query the decoded query parameters, in order
 * @param headers the request headers (case-insensitive)
 * @param body the body bytes, empty when none
 * @param receivedAt when the server received it (wall clock)
 * @param receivedNanos when the server received it, by {@link System#nanoTime()}: for the time between two requests
 *     (a retry's wait as the server saw it), which the wall clock may misjudge when it is adjusted
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        HttpHeaders headers,
        byte[] body,
        Instant receivedAt,
        long receivedNanos) {

    /** A request received now, by {@link System#nanoTime()}, at the wall-clock time {@code receivedAt}. */
    public RecordedRequest(
            String method,
            String path,
            Map<String, List<String>> query,
            HttpHeaders headers,
            byte[] body,
            Instant receivedAt) {
        this(method, path, query, headers, body, receivedAt, System.nanoTime());
    }

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The time from {@code earlier}'s arrival to this one's, as the server measured it. */
    public Duration sinceReceiptOf(RecordedRequest earlier) {
        return Duration.ofNanos(receivedNanos - earlier.receivedNanos);
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedRequest r
                && method.equals(r.method)
                && path.equals(r.path)
                && query.equals(r.query)
                && headers.equals(r.headers)
                && Arrays.equals(body, r.body)
                && receivedAt.equals(r.receivedAt)
                && receivedNanos == r.receivedNanos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, headers, Arrays.hashCode(body), receivedAt, receivedNanos);
    }

    /** Method, path, query, redacted headers and body size: never a credential, never the body itself. */
    @Override
    public String toString() {
        return "RecordedRequest{" + method + " " + path + (query.isEmpty() ? "" : " " + query) + ", headers=" + headers
                + ", body=" + body.length + " bytes, at " + receivedAt + "}";
    }
}
