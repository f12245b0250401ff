package ai.vobiz.testkit.server;

import ai.vobiz.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET|POST /__test/echo} (any valid credentials): answers 200 with
 * {@code {"method":…,"path":…,"query":{…},"body":<the JSON body, or null>}} so raw-request tests can see what arrived.
 * A query parameter given once renders as a string, given several times as an array; a body that is not JSON renders
 * as a string. {@code GET|POST /__test/echo/{value}} adds {@code "path_params":{"value":…}}, the segment as the router
 * decoded it. These are the fake's own routes: under {@code /__}, with no core declaration.
 */
public final class EchoRoutes {
    public static final String PATH = "/__test/echo";

    /** The echo route with one path parameter, {@code value}. */
    public static final String PATH_WITH_VALUE = PATH + "/{value}";

    private EchoRoutes() {}

    public static List<Route> routes() {
        return List.of(
                Route.of("GET", PATH, Access.ANY_CREDENTIALS, EchoRoutes::echo),
                Route.of("POST", PATH, Access.ANY_CREDENTIALS, EchoRoutes::echo),
                Route.of("GET", PATH_WITH_VALUE, Access.ANY_CREDENTIALS, EchoRoutes::echo),
                Route.of("POST", PATH_WITH_VALUE, Access.ANY_CREDENTIALS, EchoRoutes::echo));
    }

    static FakeResponse echo(Route.Call call) {
        FakeRequest r = call.request();
        ObjectNode out = Json.object();
        out.put("method", r.method());
        out.put("path", r.path());
        ObjectNode query = out.putObject("query");
        for (Map.Entry<String, List<String>> e : r.query().entrySet()) {
            if (e.getValue().size() == 1) {
                query.put(e.getKey(), e.getValue().get(0));
            } else {
                ArrayNode values = query.putArray(e.getKey());
                e.getValue().forEach(values::add);
            }
        }
        if (!call.pathParams().isEmpty()) {
            ObjectNode params = out.putObject("path_params");
            call.pathParams().forEach(params::put);
        }
        if (r.body().length == 0) {
            out.putNull("body");
        } else {
            try {
                out.set("body", Json.MAPPER.readTree(r.body()));
            } catch (JacksonException e) {
                out.put("body", new String(r.body(), StandardCharsets.UTF_8));
            }
        }
        return FakeResponse.json(200, out);
    }
}
