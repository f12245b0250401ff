package ai.vobiz.client;

import ai.vobiz.internal.json.JsonCodec;
import ai.vobiz.port.transport.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request to any Vobiz endpoint, for those the SDK does not type yet. Sent with the client's credentials,
 * resilience and error mapping. The path is relative to the base URL; absolute URLs are refused so credentials never
 * leave for another host. Idempotency follows the method unless overridden: a POST is never retried.
 *
 * <pre>{@code
 * RawResponse r = client.raw().send(RawRequest.get("/api/v1/partner/accounts").query("per_page", "50").build());
 * }</pre>
 */
public final class RawRequest {
    private final HttpMethod method;
    private final String path;
    private final Map<String, List<String>> query;
    private final byte @Nullable [] body;
    private final boolean idempotent;

    private RawRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        Map<String, List<String>> q = new LinkedHashMap<>();
        b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
        this.query = Collections.unmodifiableMap(q);
        this.body = b.body;
        this.idempotent = b.idempotent == null ? method.isIdempotent() : b.idempotent;
    }

    public static Builder builder(HttpMethod method, String path) {
        return new Builder(method, path);
    }

    public static Builder get(String path) {
        return builder(HttpMethod.GET, path);
    }

    public static Builder post(String path) {
        return builder(HttpMethod.POST, path);
    }

    public static Builder delete(String path) {
        return builder(HttpMethod.DELETE, path);
    }

    public HttpMethod method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public byte @Nullable [] body() {
        return body;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public Builder newBuilder() {
        Builder b = new Builder(method, path);
        query.forEach((k, vs) -> vs.forEach(v -> b.query(k, v)));
        b.body = body;
        b.idempotent = idempotent;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawRequest r
                && method == r.method
                && path.equals(r.path)
                && query.equals(r.query)
                && Arrays.equals(body, r.body)
                && idempotent == r.idempotent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, Arrays.hashCode(body), idempotent);
    }

    @Override
    public String toString() {
        return "RawRequest{" + method + " " + path + ", query=" + query.keySet() + ", body="
                + (body == null ? "none" : body.length + " bytes") + ", idempotent=" + idempotent + "}";
    }

    /** Builder of {@link RawRequest}. */
    public static final class Builder {
        private final HttpMethod method;
        private final String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private byte @Nullable [] body;
        private @Nullable Boolean idempotent;

        private Builder(HttpMethod method, String path) {
            this.method = Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException(
                        "the path must be relative to the base URL and start with a single '/', got '" + path + "'");
            }
            this.path = path;
        }

        public Builder query(String name, String value) {
            query.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, name));
            return this;
        }

        /** A JSON body given as text; it must be valid JSON. */
        public Builder body(String json) {
            Objects.requireNonNull(json, "json");
            try {
                JsonCodec.MAPPER.readTree(json);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage(), e);
            }
            this.body = json.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder body(JsonNode json) {
            this.body = JsonCodec.MAPPER.writeValueAsBytes(Objects.requireNonNull(json, "json"));
            return this;
        }

        /** Overrides the method's idempotency; mark only requests that are truly safe to repeat. */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
