package ai.vobiz.testkit.server;

import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.state.EntityKind;
import ai.vobiz.testkit.state.FakeRecord;
import ai.vobiz.testkit.state.FakeSeed;
import ai.vobiz.testkit.state.FakeState;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API of the store, the same for every {@link EntityKind} (no credentials):
 *
 * <ul>
 *   <li>{@code GET /__admin/kinds}: each kind's name, the kinds it belongs to, and how many entities it has;
 *   <li>{@code POST /__admin/{kind}}: adds (or replaces, same key) one entity from a JSON object of API-named fields,
 *       or several from an array, all or none; 201 with what was stored;
 *   <li>{@code GET /__admin/{kind}} (optionally {@code ?parent=<key>}: only those belonging to it), and
 *       {@code GET /__admin/{kind}/{key}};
 *   <li>{@code DELETE /__admin/{kind}/{key}}: removes it with everything that belongs to it; 200
 *       {@code {"deleted":<count>}}.
 * </ul>
 *
 * An unknown kind or key is a 404; an invalid entity (a missing field, an owner that does not exist) a 400.
 */
final class StoreAdminRoutes {
    private static final String KIND = AdminRoutes.PREFIX + "/{kind}";
    private static final String ONE = KIND + "/{key}";

    private StoreAdminRoutes() {}

    static List<Route> routes(FakeState state) {
        return List.of(
                AdminRoutes.admin("GET", AdminRoutes.PREFIX + "/kinds", call -> FakeResponse.json(200, kinds(state))),
                AdminRoutes.admin("POST", KIND, call -> withKind(call, (kind, c) -> create(state, kind, c))),
                AdminRoutes.admin("GET", KIND, call -> withKind(call, (kind, c) -> list(state, kind, c))),
                AdminRoutes.admin(
                        "GET",
                        ONE,
                        call -> withKind(
                                call,
                                (kind, c) -> state.get(kind, key(c))
                                        .map(e -> FakeResponse.json(200, e.adminJson()))
                                        .orElseGet(() -> noKey(kind, c)))),
                AdminRoutes.admin(
                        "DELETE",
                        ONE,
                        call -> withKind(call, (kind, c) -> {
                            int deleted = state.remove(kind, key(c));
                            if (deleted == 0) {
                                return noKey(kind, c);
                            }
                            ObjectNode out = Json.object();
                            out.put("deleted", deleted);
                            return FakeResponse.json(200, out);
                        })));
    }

    private static ArrayNode kinds(FakeState state) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (EntityKind<?> kind : FakeState.KINDS) {
            ObjectNode k = out.addObject();
            k.put("name", kind.name());
            ArrayNode parents = k.putArray("parents");
            kind.parents().forEach(p -> parents.add(p.name()));
            k.put("count", state.all(kind).size());
        }
        return out;
    }

    private static FakeResponse create(FakeState state, EntityKind<?> kind, Route.Call call) {
        JsonNode body = AdminRoutes.body(call);
        List<? extends FakeRecord> entries = FakeSeed.entries(kind, body);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("give a JSON object, or an array of them, to add to " + kind);
        }
        List<FakeRecord> stored = state.atomically(
                tx -> entries.stream().map(e -> (FakeRecord) tx.put(e)).toList());
        if (body.isObject()) {
            return FakeResponse.json(201, stored.get(0).adminJson());
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        stored.forEach(e -> out.add(e.adminJson()));
        return FakeResponse.json(201, out);
    }

    private static FakeResponse list(FakeState state, EntityKind<?> kind, Route.Call call) {
        String parent = call.request().queryParam("parent");
        List<? extends FakeRecord> entities = parent == null ? state.all(kind) : state.children(kind, parent);
        ArrayNode out = Json.MAPPER.createArrayNode();
        entities.forEach(e -> out.add(e.adminJson()));
        return FakeResponse.json(200, out);
    }

    private static FakeResponse withKind(Route.Call call, BiFunction<EntityKind<?>, Route.Call, FakeResponse> then) {
        String name = call.pathParams().get("kind");
        Optional<EntityKind<?>> kind = FakeState.kind(name);
        if (kind.isEmpty()) {
            return ErrorBodies.envelope(
                    404,
                    "NOT_FOUND",
                    "No kind '" + name + "' in the store; kinds: " + FakeState.KINDS
                            + " (and /__admin/faults, /__admin/journal, /__admin/reset)",
                    call);
        }
        return then.apply(kind.get(), call);
    }

    private static String key(Route.Call call) {
        return call.pathParams().get("key");
    }

    private static FakeResponse noKey(EntityKind<?> kind, Route.Call call) {
        return ErrorBodies.envelope(404, "NOT_FOUND", "No " + kind + " '" + key(call) + "'", call);
    }
}
