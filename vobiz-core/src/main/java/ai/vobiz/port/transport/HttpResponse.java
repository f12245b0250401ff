package ai.vobiz.port.transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** An immutable, fully read HTTP response as a transport hands it back to core. */
public final class HttpResponse {
    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    private HttpResponse(Builder b) {
        if (b.status < 100 || b.status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + b.status);
        }
        this.status = b.status;
        this.headers = b.headers.build();
        this.body = b.body;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Convenience for tests and adapters: a response with a status, headers and body. */
    public static HttpResponse of(int status, HttpHeaders headers, byte[] body) {
        return builder().status(status).headers(headers).body(body).build();
    }

    /**
     * Whether a response with this status, to a request with this method, carries a body (RFC 9110): never for HEAD,
     * 1xx, 204 or 304, which may still declare a {@code Content-Length}. Transports judge the size cap by it.
     */
    public static boolean carriesBody(HttpMethod requestMethod, int status) {
        return requestMethod != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    public int status() {
        return status;
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The body bytes (empty, never null). The array is shared: do not modify it. */
    public byte[] body() {
        return body;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Builder newBuilder() {
        return builder().status(status).headers(headers).body(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpResponse r
                && status == r.status
                && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    /** Status, redacted headers and body size; the body itself may hold secrets and is never shown. */
    @Override
    public String toString() {
        return "HttpResponse{" + status + ", headers=" + headers + ", body=" + body.length + " bytes}";
    }

    /** Mutable builder for {@link HttpResponse}. */
    public static final class Builder {
        private int status = 200;
        private final HeadersDraft headers = new HeadersDraft();
        private byte[] body = NO_BODY;

        private Builder() {}

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder header(String name, String value) {
            headers.edit().add(name, value);
            return this;
        }

        public Builder headers(HttpHeaders headers) {
            this.headers.replace(headers);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? NO_BODY : body;
            return this;
        }

        public Builder body(String utf8Body) {
            return body(utf8Body.getBytes(StandardCharsets.UTF_8));
        }

        public HttpResponse build() {
            return new HttpResponse(this);
        }
    }
}
