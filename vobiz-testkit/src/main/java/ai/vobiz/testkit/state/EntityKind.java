package ai.vobiz.testkit.state;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A kind of entity the store holds: its name (the admin API's path segment, {@code /__admin/customers}), its Java
 * type, how to build one from API-named JSON fields (admin API, seed files), and which kinds its entities belong to.
 * An entity whose kind has parents must name an existing parent ({@link FakeRecord#parentKey()}); removing a parent
 * removes everything that belongs to it.
 *
 * <p>Adding a kind is one class: a {@link FakeRecord} subclass declaring {@code static final EntityKind<X> KIND =
 * EntityKind.of(…)}, listed once in {@link FakeState#KINDS}.
 *
 * @param <E> the entity type
 */
public final class EntityKind<E extends FakeRecord> {
    private final String name;
    private final Class<E> type;
    private final Function<ObjectNode, E> fromJson;
    private final List<EntityKind<?>> parents;

    private EntityKind(String name, Class<E> type, Function<ObjectNode, E> fromJson, List<EntityKind<?>> parents) {
        if (!name.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("a kind name is lower case letters, digits, '-' or '_': " + name);
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.fromJson = Objects.requireNonNull(fromJson, "fromJson");
        this.parents = List.copyOf(parents);
    }

    /**
     * Declares a kind.
     *
     * @param name plural, lower case: the admin path segment and the seed file's key
     * @param type the entity class
     * @param fromJson builds an entity from an object of API-named fields (throws IllegalArgumentException when invalid)
     * @param parents the kinds an entity of this kind may belong to (none: it stands alone)
     */
    public static <E extends FakeRecord> EntityKind<E> of(
            String name, Class<E> type, Function<ObjectNode, E> fromJson, EntityKind<?>... parents) {
        return new EntityKind<>(name, type, fromJson, List.of(parents));
    }

    public String name() {
        return name;
    }

    public Class<E> type() {
        return type;
    }

    /** The kinds an entity of this kind may belong to; empty when it stands alone. */
    public List<EntityKind<?>> parents() {
        return parents;
    }

    /**
     * An entity from a JSON object of API-named fields, laid over the documented example.
     *
     * @throws IllegalArgumentException when the node is not an object or a required field is missing or invalid
     */
    public E fromJson(JsonNode node) {
        if (!(node instanceof ObjectNode fields)) {
            throw new IllegalArgumentException("each entry of " + name + " must be a JSON object");
        }
        return fromJson.apply(fields);
    }

    E cast(FakeRecord entity) {
        return type.cast(entity);
    }

    @Override
    public String toString() {
        return name;
    }
}
