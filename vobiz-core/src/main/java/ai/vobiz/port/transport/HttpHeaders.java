package ai.vobiz.port.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Immutable HTTP header multimap with case-insensitive names and insertion order. {@link #toString()} never shows the
 * value of a credential-bearing header.
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(Map.of());
    private static final Set<String> SENSITIVE =
            Set.of("x-auth-token", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    /** Lower-cased name -> (original name, values). */
    private final Map<String, Entry> entries;

    private record Entry(String name, List<String> values) {}

    private HttpHeaders(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** Headers from alternating name/value pairs: {@code of("Accept", "application/json")}. */
    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/value pairs, got an odd number of strings");
        }
        Builder b = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a header's value is a credential that must never be logged or shown. */
    public static boolean isSensitive(String name) {
        return SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The first value of a header, if present. */
    public Optional<String> firstValue(String name) {
        Entry e = entries.get(key(name));
        return e == null || e.values.isEmpty() ? Optional.empty() : Optional.of(e.values.get(0));
    }

    /** All values of a header, in order; empty when absent. */
    public List<String> values(String name) {
        Entry e = entries.get(key(name));
        return e == null ? List.of() : e.values;
    }

    /** Header names as first given, in insertion order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            names.add(e.name);
        }
        return Collections.unmodifiableList(names);
    }

    /** A copy as an ordered map from the names as first given to their values. */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            map.put(e.name, e.values);
        }
        return Collections.unmodifiableMap(map);
    }

    public int size() {
        return entries.size();
    }

    public Builder newBuilder() {
        Builder b = new Builder();
        for (Entry e : entries.values()) {
            for (String v : e.values) {
                b.add(e.name, v);
            }
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HttpHeaders other)) {
            return false;
        }
        if (entries.size() != other.entries.size()) {
            return false;
        }
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry theirs = other.entries.get(e.getKey());
            if (theirs == null || !theirs.values.equals(e.getValue().values)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().values.hashCode();
        }
        return h;
    }

    /** Renders every header, with credential values replaced by {@code <redacted>}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Entry e : entries.values()) {
            j.add(e.name + "=" + (isSensitive(e.name) ? "<redacted>" : String.join(",", e.values)));
        }
        return j.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Mutable builder; {@link #build()} takes a snapshot. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a value, keeping earlier values of the same header. */
        public Builder add(String name, String value) {
            validate(name, value);
            entries.computeIfAbsent(key(name), k -> new Entry(name, new ArrayList<>()))
                    .values
                    .add(value);
            return this;
        }

        /** Replaces all values of a header with one value. */
        public Builder set(String name, String value) {
            validate(name, value);
            List<String> values = new ArrayList<>(1);
            values.add(value);
            entries.put(key(name), new Entry(name, values));
            return this;
        }

        public Builder remove(String name) {
            entries.remove(key(name));
            return this;
        }

        public HttpHeaders build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            Map<String, Entry> copy = new LinkedHashMap<>(entries.size() * 2);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                copy.put(e.getKey(), new Entry(e.getValue().name, List.copyOf(e.getValue().values)));
            }
            return new HttpHeaders(Collections.unmodifiableMap(copy));
        }

        private static void validate(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, () -> "value of header " + name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("header name is empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || c == ':') {
                    throw new IllegalArgumentException("invalid character in header name: " + name);
                }
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    throw new IllegalArgumentException("invalid control character in the value of header " + name);
                }
            }
        }
    }
}
