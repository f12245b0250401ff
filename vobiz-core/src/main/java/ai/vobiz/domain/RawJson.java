package ai.vobiz.domain;

import ai.vobiz.internal.JsonMapperHolder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The whole JSON object a model was decoded from, so fields the SDK does not model yet stay reachable:
 * {@code account.raw().get("new_field")}. The tree is shared: treat it as read-only. {@link #toString()} lists field
 * names only, never values (they may be secrets).
 */
public final class RawJson {
    private final Set<String> modelledFields;
    private final byte @Nullable [] source;
    private final int offset;
    private final int length;
    private volatile @Nullable JsonNode node;

    public RawJson(JsonNode node, Set<String> modelledFields) {
        this.node = Objects.requireNonNull(node, "node");
        this.modelledFields = Set.copyOf(modelledFields);
        this.source = null;
        this.offset = 0;
        this.length = 0;
    }

    /**
     * A view of the object at {@code source[offset, offset + length)}, parsed only when first asked for: decoding a
     * model costs no tree unless the caller reads fields the SDK does not model.
     */
    public RawJson(byte[] source, int offset, int length, Set<String> modelledFields) {
        this.source = Objects.requireNonNull(source, "source");
        if (offset < 0 || length < 0 || offset + length > source.length) {
            throw new IllegalArgumentException("range outside the source bytes");
        }
        this.offset = offset;
        this.length = length;
        this.modelledFields = Set.copyOf(modelledFields);
    }

    /**
     * A 64-bit hash of the object as received: of its bytes when decoded from a body (no tree is built), else of its
     * tree. Two objects received as the same bytes have the same fingerprint; the pager uses it to notice a server
     * that serves the same page again.
     */
    public long fingerprint() {
        if (source == null) {
            return node().hashCode();
        }
        long h = 1125899906842597L;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + source[i];
        }
        return h;
    }

    /** The JSON tree as received. */
    public JsonNode node() {
        JsonNode n = node;
        if (n == null) {
            n = JsonMapperHolder.MAPPER.readTree(source, offset, length);
            node = n;
        }
        return n;
    }

    /** A top-level field as received, if present (JSON null included). */
    public Optional<JsonNode> get(String field) {
        return Optional.ofNullable(node().get(field));
    }

    /** Top-level fields the typed model does not have, in body order. */
    public Map<String, JsonNode> unknownFields() {
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node().properties()) {
            if (!modelledFields.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(unknown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawJson r && node().equals(r.node());
    }

    @Override
    public int hashCode() {
        return node().hashCode();
    }

    @Override
    public String toString() {
        return "RawJson{fields=" + node().propertyNames() + "}";
    }
}
