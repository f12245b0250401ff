package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRegistry;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.journal.RecordedRequest;
import ai.vobiz.testkit.journal.RequestJournal;
import ai.vobiz.testkit.state.FakeState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API under {@code /__admin/} (no credentials): inject and clear faults, read and clear the journal, reset
 * everything, and create, list and delete entities of any kind of the store ({@link StoreAdminRoutes}). Bad input gets 400 with the standard error envelope and a message saying
 * what is wrong. See the testkit README for the JSON formats.
 */
public final class AdminRoutes {
    /** The prefix of every admin path. */
    static final String PREFIX = "/__admin";

    private static final String FAULTS = PREFIX + "/faults";
    private static final String JOURNAL = PREFIX + "/journal";

    private AdminRoutes() {}

    /** The admin router over these parts; {@code resetAll} runs on {@code POST /__admin/reset}. */
    public static Router router(FakeState state, RequestJournal journal, FaultRegistry faults, Runnable resetAll) {
        Router r = new Router();
        r.add(admin("POST", FAULTS, call -> {
            FaultRule rule = faults.add(parseRule(body(call)));
            ObjectNode out = Json.object();
            out.put("rule", rule.toString());
            return FakeResponse.json(201, out);
        }));
        r.add(admin("GET", FAULTS, call -> {
            ObjectNode out = Json.object();
            ArrayNode list = out.putArray("faults");
            faults.rules().forEach(rule -> list.add(rule.toString()));
            return FakeResponse.json(200, out);
        }));
        r.add(admin("DELETE", FAULTS, call -> {
            int n = faults.rules().size();
            faults.clear();
            ObjectNode out = Json.object();
            out.put("cleared", n);
            return FakeResponse.json(200, out);
        }));
        r.add(admin("GET", JOURNAL, call -> {
            List<RecordedRequest> entries = journal.entries(
                    call.request().queryParam("method"), call.request().queryParam("path"));
            ObjectNode out = Json.object();
            out.put("count", entries.size());
            ArrayNode list = out.putArray("entries");
            entries.forEach(e -> list.add(render(e)));
            return FakeResponse.json(200, out);
        }));
        r.add(admin("DELETE", JOURNAL, call -> {
            int n = journal.count();
            journal.clear();
            ObjectNode out = Json.object();
            out.put("cleared", n);
            return FakeResponse.json(200, out);
        }));
        r.add(admin("POST", PREFIX + "/reset", call -> {
            resetAll.run();
            ObjectNode out = Json.object();
            out.put("reset", true);
            return FakeResponse.json(200, out);
        }));
        // After the literal paths above, which take precedence over /__admin/{kind}.
        r.addAll(StoreAdminRoutes.routes(state));
        return r;
    }

    /** An admin route: no credentials; an IllegalArgumentException becomes a 400 with its message. */
    static Route admin(String method, String path, Function<Route.Call, FakeResponse> handler) {
        return Route.of(method, path, Access.PUBLIC, call -> {
            try {
                return handler.apply(call);
            } catch (IllegalArgumentException e) {
                return ErrorBodies.envelope(400, "BAD_REQUEST", e.getMessage(), call);
            }
        });
    }

    /** The JSON body of an admin call, numbers exact. */
    static JsonNode body(Route.Call call) {
        byte[] body = call.request().body();
        if (body.length == 0) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        try {
            return Json.EXACT.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Parses {@code {"fault":{"type":"status","status":503},"method":"GET","path":"/api/v1/auth/me","times":1}} (or
     * {@code "fraction":0.3,"seed":42}); the fault's fields may also sit at the top level.
     */
    public static FaultRule parseRule(JsonNode root) {
        if (!(root instanceof ObjectNode obj)) {
            throw new IllegalArgumentException("the fault rule must be a JSON object");
        }
        JsonNode faultNode = obj.has("fault") ? obj.get("fault") : obj;
        FaultRule.Builder b = FaultRule.of(parseFault(faultNode));
        b.method(optText(obj, "method"));
        b.path(optText(obj, "path"));
        if (obj.has("times") && obj.has("fraction")) {
            throw new IllegalArgumentException("give either 'times' or 'fraction', not both");
        }
        if (obj.has("times")) {
            b.times((int) requireLong(obj, "times"));
        }
        if (obj.has("fraction")) {
            JsonNode f = obj.get("fraction");
            if (!f.isNumber()) {
                throw new IllegalArgumentException("'fraction' must be a number within 0..1");
            }
            b.fraction(f.doubleValue(), obj.has("seed") ? requireLong(obj, "seed") : 0L);
        }
        return b.build();
    }

    /**
     * Parses a fault: {@code type} is one of {@code status} (alias {@code respond}: {@code status}, optional
     * {@code headers} object and {@code body} string), {@code delay} ({@code delay_ms}), {@code stall_body}
     * ({@code stall_ms}), {@code close_connection}, {@code truncate_body}, {@code malformed_json},
     * {@code html_error_page} ({@code status}), {@code oversized_body} ({@code bytes}), {@code redirect}
     * ({@code status}, {@code location}).
     */
    public static Fault parseFault(JsonNode node) {
        if (!(node instanceof ObjectNode obj)) {
            throw new IllegalArgumentException("'fault' must be a JSON object with a 'type'");
        }
        String type = optText(obj, "type");
        if (type == null) {
            throw new IllegalArgumentException("the fault needs a 'type'");
        }
        return switch (type) {
            case "status", "respond" ->
                new Fault.Respond((int) requireLong(obj, "status"), headers(obj.get("headers")), optText(obj, "body"));
            case "delay" -> Fault.delay(Duration.ofMillis(requireLong(obj, "delay_ms")));
            case "stall_body" -> Fault.stallBody(Duration.ofMillis(requireLong(obj, "stall_ms")));
            case "close_connection" -> Fault.closeConnection();
            case "truncate_body" -> Fault.truncateBody();
            case "malformed_json" -> Fault.malformedJson();
            case "html_error_page" -> Fault.htmlErrorPage((int) requireLong(obj, "status"));
            case "oversized_body" -> Fault.oversizedBody(requireLong(obj, "bytes"));
            case "redirect" -> {
                String location = optText(obj, "location");
                if (location == null) {
                    throw new IllegalArgumentException("a redirect needs a 'location'");
                }
                yield Fault.redirect((int) requireLong(obj, "status"), location);
            }
            default ->
                throw new IllegalArgumentException("unknown fault type '" + type
                        + "'; expected one of status, delay, stall_body, close_connection, truncate_body,"
                        + " malformed_json, html_error_page, oversized_body, redirect");
        };
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'headers' must be an object of strings");
        }
        for (var e : node.properties()) {
            if (!e.getValue().isString()) {
                throw new IllegalArgumentException("header '" + e.getKey() + "' must be a string");
            }
            out.put(e.getKey(), e.getValue().asString());
        }
        HttpHeaders.Builder check = HttpHeaders.builder();
        out.forEach(check::add);
        return out;
    }

    private static String optText(ObjectNode obj, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException("'" + name + "' must be a string");
        }
        return v.asString();
    }

    private static long requireLong(ObjectNode obj, String name) {
        JsonNode v = obj.get(name);
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + name + "' is required and must be an integer");
        }
        return v.longValue();
    }

    /** A journal entry as JSON, credentials redacted. */
    static ObjectNode render(RecordedRequest e) {
        ObjectNode out = Json.object();
        out.put("method", e.method());
        out.put("path", e.path());
        ObjectNode query = out.putObject("query");
        e.query().forEach((k, vs) -> {
            ArrayNode a = query.putArray(k);
            vs.forEach(a::add);
        });
        ObjectNode headers = out.putObject("headers");
        e.headers().toMap().forEach((k, vs) -> {
            ArrayNode a = headers.putArray(k);
            vs.forEach(v -> a.add(HttpHeaders.isSensitive(k) ? "<redacted>" : v));
        });
        out.put("body", e.bodyAsString());
        out.put("received_at", e.receivedAt().toString());
        return out;
    }
}
