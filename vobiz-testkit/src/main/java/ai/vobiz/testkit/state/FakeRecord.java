package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity of the fake's store: the JSON object the API renders for it, in the documented field order, its key in
 * the store and, for an entity that belongs to another (a customer to its partner, a ledger row to its account), the
 * key of that owner. Immutable, so the rendered bytes are computed once. Each subclass declares its
 * {@link EntityKind} as a constant named {@code KIND}.
 */
public abstract class FakeRecord {
    final ObjectNode json;
    private volatile byte @Nullable [] wire;

    /** Takes ownership of {@code json}: callers pass a private copy and never change it afterwards. */
    FakeRecord(ObjectNode json) {
        this.json = json;
    }

    /** The kind of entity this is. */
    public abstract EntityKind<?> kind();

    /** The key in the store, unique within the kind (an auth ID, a UUID). */
    public abstract String key();

    /** The key of the entity this one belongs to (one of {@link EntityKind#parents()}), or null. */
    public @Nullable String parentKey() {
        return null;
    }

    /** A copy of the JSON object as served. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** The JSON the admin API shows: as served, plus the fake's own fields (such as a relation) when there are any. */
    public ObjectNode adminJson() {
        return json();
    }

    /** Fills in what depends on other entities, when stored (a customer's {@code partner_id}); default: nothing. */
    FakeRecord linked(FakeState.View view) {
        return this;
    }

    /** The JSON object as served; shared and never modified, so it can be written concurrently. */
    ObjectNode sharedJson() {
        return json;
    }

    /** The served body, serialised once; shared, so callers must not modify it. */
    byte[] wireBytes() {
        byte[] b = wire;
        if (b == null) {
            b = Json.bytes(json);
            wire = b;
        }
        return b;
    }

    /** A string field, or "" when absent or not a string. */
    String text(String field) {
        return json.path(field).asString("");
    }

    /** A decimal field sent as a number or a decimal string. */
    BigDecimal decimal(String field) {
        return Decimals.parse(json.path(field), field);
    }

    /** What equality compares besides the class and the JSON: the fake-only state of a subclass. */
    List<@Nullable Object> extra() {
        return List.of();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && json.equals(((FakeRecord) o).json)
                && extra().equals(((FakeRecord) o).extra());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), json, extra());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + key() + "}";
    }

    /**
     * What the builders share: the JSON object under construction, started from the documented example.
     *
     * @param <B> the concrete builder
     * @param <E> what it builds
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends FakeRecord> {
        final ObjectNode json;

        Builder(ObjectNode json) {
            this.json = json;
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /** Sets any field of the object (an existing field keeps its documented position). */
        public B field(String name, JsonNode value) {
            json.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return self();
        }

        /** Sets a string field. */
        public B field(String name, String value) {
            json.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return self();
        }

        /** Overlays every field of this object; fields with a meaning of their own (a token, a balance) are parsed. */
        public B fields(ObjectNode fields) {
            for (var e : fields.properties()) {
                if (!special(e.getKey(), e.getValue())) {
                    field(e.getKey(), e.getValue().deepCopy());
                }
            }
            return self();
        }

        /** Handles a field of {@link #fields} that is more than a JSON value; returns false for a plain one. */
        boolean special(String name, JsonNode value) {
            return false;
        }

        /** Fails unless each of these fields is a non-blank string. */
        final void requireFields(String what, String... names) {
            for (String name : names) {
                JsonNode v = json.get(name);
                if (v == null || !v.isString() || v.asString().isBlank()) {
                    throw new IllegalArgumentException(what + " needs a non-empty string " + name);
                }
            }
        }

        public abstract E build();
    }
}
