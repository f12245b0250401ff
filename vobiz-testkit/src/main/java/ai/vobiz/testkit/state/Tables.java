package ai.vobiz.testkit.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The store's data, not thread-safe on its own ({@link FakeState} guards it): one table per kind, each keeping its
 * entities in insertion order and indexed by owner. Every change reports how to undo it, so a transaction that fails
 * half-way is rolled back to exactly what was there, order included.
 */
final class Tables {
    private final Map<EntityKind<?>, Table> tables = new LinkedHashMap<>();
    private long sequence;

    /** One stored entity and its insertion number (its position in listings). */
    private record Row(long seq, FakeRecord entity) {}

    private static final class Table {
        final Map<String, Row> byKey = new HashMap<>();
        final TreeMap<Long, FakeRecord> ordered = new TreeMap<>();
        final Map<String, TreeMap<Long, FakeRecord>> byParent = new HashMap<>();

        void add(Row row) {
            FakeRecord e = row.entity();
            byKey.put(e.key(), row);
            ordered.put(row.seq(), e);
            if (e.parentKey() != null) {
                byParent.computeIfAbsent(e.parentKey(), k -> new TreeMap<>()).put(row.seq(), e);
            }
        }

        void drop(Row row) {
            FakeRecord e = row.entity();
            byKey.remove(e.key());
            ordered.remove(row.seq());
            if (e.parentKey() != null) {
                TreeMap<Long, FakeRecord> siblings = byParent.get(e.parentKey());
                siblings.remove(row.seq());
                if (siblings.isEmpty()) {
                    byParent.remove(e.parentKey());
                }
            }
        }
    }

    Tables(List<EntityKind<?>> kinds) {
        kinds.forEach(k -> tables.put(k, new Table()));
    }

    private Table table(EntityKind<?> kind) {
        Table t = tables.get(kind);
        if (t == null) {
            throw new IllegalArgumentException("the store holds no kind '" + kind + "'");
        }
        return t;
    }

    @Nullable
    FakeRecord get(EntityKind<?> kind, String key) {
        Row r = table(kind).byKey.get(key);
        return r == null ? null : r.entity();
    }

    Collection<FakeRecord> all(EntityKind<?> kind) {
        return table(kind).ordered.values();
    }

    Collection<FakeRecord> children(EntityKind<?> kind, String parentKey) {
        TreeMap<Long, FakeRecord> c = table(kind).byParent.get(parentKey);
        return c == null ? List.of() : c.values();
    }

    long sequence() {
        return sequence;
    }

    void rewind(long to) {
        sequence = to;
    }

    long next() {
        return ++sequence;
    }

    /**
     * Adds an entity, or replaces the one with its key (which keeps its position).
     *
     * @param undo receives the step that restores what was there
     * @throws IllegalArgumentException when its owner does not exist
     */
    void put(FakeRecord entity, Consumer<Runnable> undo) {
        EntityKind<?> kind = entity.kind();
        Table t = table(kind);
        checkParent(entity);
        Row previous = t.byKey.get(entity.key());
        if (previous != null) {
            t.drop(previous);
        }
        Row row = new Row(previous != null ? previous.seq() : next(), entity);
        t.add(row);
        undo.accept(() -> {
            t.drop(row);
            if (previous != null) {
                t.add(previous);
            }
        });
    }

    /**
     * Removes an entity and, first, everything that belongs to it.
     *
     * @return how many entities were removed (0 when there was none with this key)
     */
    int remove(EntityKind<?> kind, String key, Consumer<Runnable> undo) {
        Table t = table(kind);
        Row row = t.byKey.get(key);
        if (row == null) {
            return 0;
        }
        int removed = 0;
        for (Map.Entry<EntityKind<?>, Table> child : tables.entrySet()) {
            if (child.getKey().parents().contains(kind)) {
                for (FakeRecord c : List.copyOf(children(child.getKey(), key))) {
                    removed += remove(child.getKey(), c.key(), undo);
                }
            }
        }
        t.drop(row);
        undo.accept(() -> t.add(row));
        return removed + 1;
    }

    void clear() {
        tables.values().forEach(t -> {
            t.byKey.clear();
            t.ordered.clear();
            t.byParent.clear();
        });
        sequence = 0;
    }

    private void checkParent(FakeRecord entity) {
        EntityKind<?> kind = entity.kind();
        if (kind.parents().isEmpty()) {
            return;
        }
        String parent = entity.parentKey();
        for (EntityKind<?> p : kind.parents()) {
            if (parent != null && get(p, parent) != null) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        kind.parents().forEach(p -> names.add(p.name()));
        throw new IllegalArgumentException(kind + " '" + entity.key() + "' must belong to one of the "
                + String.join(" or ", names) + ", but there is no '" + Objects.toString(parent, "") + "'");
    }

    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        tables.forEach((k, t) -> out.put(k.name(), t.byKey.size()));
        return out;
    }
}
