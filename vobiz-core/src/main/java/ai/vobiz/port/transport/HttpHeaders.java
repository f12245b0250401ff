package ai.vobiz.port.transport;

import ai.vobiz.internal.Redaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * Immutable HTTP header multimap with case-insensitive names and insertion order. {@link #toString()} never shows the
 * value of a credential-bearing header.
 *
 * <p>Stored as one flat array of name/value pairs, as they would go on the wire: a request or response carries a
 * handful of headers, for which a linear, case-insensitive scan beats hashing lower-cased copies of every name, and
 * building or sharing an instance costs one array.
 */
public final class HttpHeaders {
    private static final String[] NONE = new String[0];
    private static final HttpHeaders EMPTY = new HttpHeaders(NONE);

    /** name0, value0, name1, value1, ... in insertion order, names as given. */
    private final String[] namesAndValues;

    private HttpHeaders(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
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
        return Redaction.isSensitiveHeader(name);
    }

    /** The first value of a header, if present. */
    public Optional<String> firstValue(String name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                return Optional.of(namesAndValues[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** All values of a header, in order; empty when absent. */
    public List<String> values(String name) {
        List<String> values = null;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(namesAndValues[i + 1]);
            }
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    /** Header names as first given, in insertion order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (firstIndexOf(namesAndValues[i]) == i) {
                names.add(namesAndValues[i]);
            }
        }
        return Collections.unmodifiableList(names);
    }

    /** Every header line in order, a name (as given) and one value at a time: what a transport puts on the wire. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            action.accept(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    /** A copy as an ordered map from the names as first given to their values. */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : names()) {
            map.put(name, values(name));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The number of distinct header names. */
    public int size() {
        return names().size();
    }

    public Builder newBuilder() {
        Builder b = new Builder();
        Collections.addAll(b.namesAndValues, namesAndValues);
        return b;
    }

    private int firstIndexOf(String name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HttpHeaders other) || size() != other.size()) {
            return false;
        }
        for (String name : names()) {
            if (!values(name).equals(other.values(name))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (String name : names()) {
            h += name.toLowerCase(Locale.ROOT).hashCode() ^ values(name).hashCode();
        }
        return h;
    }

    /** Renders every header, with credential values replaced by {@code <redacted>}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (String name : names()) {
            j.add(name + "=" + (isSensitive(name) ? "<redacted>" : String.join(",", values(name))));
        }
        return j.toString();
    }

    /** Mutable builder; {@link #build()} takes a snapshot. */
    public static final class Builder {
        private final List<String> namesAndValues = new ArrayList<>(16);

        private Builder() {}

        /** Adds a value, keeping earlier values of the same header. */
        public Builder add(String name, String value) {
            validate(name, value);
            namesAndValues.add(name);
            namesAndValues.add(value);
            return this;
        }

        /** Replaces all values of a header with one value, where its first value was (or at the end). */
        public Builder set(String name, String value) {
            validate(name, value);
            int at = -1;
            for (int i = 0; i < namesAndValues.size(); ) {
                if (namesAndValues.get(i).equalsIgnoreCase(name)) {
                    if (at < 0) {
                        at = i;
                        namesAndValues.set(i, name);
                        namesAndValues.set(i + 1, value);
                    } else {
                        namesAndValues.subList(i, i + 2).clear();
                        continue;
                    }
                }
                i += 2;
            }
            if (at < 0) {
                namesAndValues.add(name);
                namesAndValues.add(value);
            }
            return this;
        }

        public Builder remove(String name) {
            for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
                if (namesAndValues.get(i).equalsIgnoreCase(name)) {
                    namesAndValues.subList(i, i + 2).clear();
                }
            }
            return this;
        }

        public HttpHeaders build() {
            return namesAndValues.isEmpty() ? EMPTY : new HttpHeaders(namesAndValues.toArray(NONE));
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
