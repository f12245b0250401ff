package ai.vobiz.port.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable HTTP request as core hands it to a transport: absolute URI, headers (credentials included), optional
 * body, and whether it may safely be sent twice. Copy and modify with {@link #newBuilder()}.
 */
public final class HttpRequest {
    private final HttpMethod method;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte @Nullable [] body;
    private final boolean idempotent;

    private HttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.uri = Objects.requireNonNull(b.uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("request URI must be absolute: " + uri);
        }
        this.headers = b.headers.build();
        this.body = b.body;
        this.idempotent = b.idempotent == null ? method.isIdempotent() : b.idempotent;
    }

    public static Builder builder() {
        return new Builder();
    }

    public HttpMethod method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The body bytes, or null when the request has none. The array is shared: do not modify it. */
    public byte @Nullable [] body() {
        return body;
    }

    /**
     * Whether sending this request twice is harmless. Transports never re-send a non-idempotent request once it may
     * have reached the server: money-moving POSTs are declared non-idempotent.
     */
    public boolean idempotent() {
        return idempotent;
    }

    public Builder newBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.uri = uri;
        b.headers.replace(headers);
        b.body = body;
        // Kept only when it overrode the method's default, so that changing the method re-derives it.
        b.idempotent = idempotent == method.isIdempotent() ? null : idempotent;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpRequest r
                && method == r.method
                && uri.equals(r.uri)
                && headers.equals(r.headers)
                && Arrays.equals(body, r.body)
                && idempotent == r.idempotent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body), idempotent);
    }

    /** Method, URI, redacted headers and the body size: never a credential, never the body itself. */
    @Override
    public String toString() {
        return "HttpRequest{" + method + " " + uri + ", headers=" + headers + ", body="
                + (body == null ? "none" : body.length + " bytes") + ", idempotent=" + idempotent + "}";
    }

    /** Mutable builder for {@link HttpRequest}. */
    public static final class Builder {
        private @Nullable HttpMethod method = HttpMethod.GET;
        private @Nullable URI uri;
        private final HeadersDraft headers = new HeadersDraft();
        private byte @Nullable [] body;
        private @Nullable Boolean idempotent;

        private Builder() {}

        public Builder method(HttpMethod method) {
            this.method = method;
            return this;
        }

        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        public Builder uri(String uri) {
            return uri(URI.create(uri));
        }

        public Builder header(String name, String value) {
            headers.edit().set(name, value);
            return this;
        }

        public Builder addHeader(String name, String value) {
            headers.edit().add(name, value);
            return this;
        }

        public Builder removeHeader(String name) {
            headers.edit().remove(name);
            return this;
        }

        public Builder headers(HttpHeaders headers) {
            this.headers.replace(headers);
            return this;
        }

        public Builder body(byte @Nullable [] body) {
            this.body = body;
            return this;
        }

        public Builder body(String utf8Body) {
            return body(utf8Body.getBytes(StandardCharsets.UTF_8));
        }

        /** Overrides the method's default idempotency (for example to mark a PUT as unsafe to repeat). */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
