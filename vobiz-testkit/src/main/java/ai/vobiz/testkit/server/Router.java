package ai.vobiz.testkit.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the route for a method and raw path: found, 405 (path known, method not), or 404. The raw (still
 * percent-encoded) path is split into segments first and each segment is decoded after, so {@code %2F}, {@code %3F},
 * {@code %23}, {@code %25} and {@code %2B} in a path value arrive in the handler as {@code /}, {@code ?}, {@code #},
 * {@code %} and {@code +} and never change which route matches. Thread-safe.
 */
public final class Router {
    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();

    private record Entry(Route route, List<String> segments) {}

    /** The result of {@link #resolve}. */
    public sealed interface Resolution {}

    /** A route serves this method and path. */
    public record Found(Route route, Map<String, String> pathParams) implements Resolution {}

    /** Routes exist for the path but not for the method. */
    public record MethodNotAllowed(Set<String> allowed) implements Resolution {}

    /** No route has this path. */
    public record NotFound() implements Resolution {}

    public Router add(Route route) {
        Objects.requireNonNull(route, "route");
        if (!route.pattern().startsWith("/")) {
            throw new IllegalArgumentException("route pattern must start with '/': " + route.pattern());
        }
        entries.add(new Entry(route, PathSegments.split(route.pattern())));
        return this;
    }

    public Router addAll(List<Route> routes) {
        routes.forEach(this::add);
        return this;
    }

    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.route));
        return out;
    }

    /** Resolves a raw (still percent-encoded) path; path parameters come out decoded. */
    public Resolution resolve(String method, String rawPath) {
        List<String> segments = PathSegments.split(rawPath);
        Set<String> allowed = new TreeSet<>();
        for (Entry e : entries) {
            Map<String, String> params = match(e.segments, segments);
            if (params == null) {
                continue;
            }
            if (e.route.method().equalsIgnoreCase(method)) {
                return new Found(e.route, params);
            }
            allowed.add(e.route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private static Map<String, String> match(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.length() > 2 && p.startsWith("{") && p.endsWith("}")) {
                if (path.get(i).isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), path.get(i));
            } else if (!p.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
