package ai.vobiz.endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The variable part of one call: path parameters, query parameters and a JSON body.
 *
 * @param pathParams values for the template's {@code {name}} placeholders
 * @param query query parameters in order (repeated names allowed)
 * @param body JSON body bytes, or null
 */
public record CallArgs(Map<String, String> pathParams, Map<String, List<String>> query, byte @Nullable [] body) {
    private static final CallArgs NONE = new CallArgs(Map.of(), Map.of(), null);

    public CallArgs {
        pathParams = Map.copyOf(pathParams);
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.forEach((k, v) -> q.put(Objects.requireNonNull(k), List.copyOf(v)));
        query = java.util.Collections.unmodifiableMap(q);
    }

    public static CallArgs none() {
        return NONE;
    }

    /** A copy with one query parameter set to a single value (the pager's page number or offset). */
    public CallArgs withQuery(String name, String value) {
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        q.put(Objects.requireNonNull(name, "name"), List.of(Objects.requireNonNull(value, "value")));
        return new CallArgs(pathParams, q, body);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallArgs c
                && pathParams.equals(c.pathParams)
                && query.equals(c.query)
                && Arrays.equals(body, c.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathParams, query, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "CallArgs{pathParams=" + pathParams + ", query=" + query.keySet() + ", body="
                + (body == null ? "none" : body.length + " bytes") + "}";
    }

    /** Builder of {@link CallArgs}. */
    public static final class Builder {
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private byte @Nullable [] body;

        private Builder() {}

        public Builder path(String name, String value) {
            pathParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return this;
        }

        public Builder query(String name, String value) {
            query.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, name));
            return this;
        }

        public Builder body(byte @Nullable [] json) {
            this.body = json;
            return this;
        }

        public CallArgs build() {
            return new CallArgs(pathParams, query, body);
        }
    }
}
