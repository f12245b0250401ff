package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.HttpHeaders;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request as the fake's handlers see it, whichever way it arrived (HTTP or in-process). Routing works on the raw
 * path, split into segments before each is decoded ({@link Router}), so an encoded {@code /} in a path value never
 * changes which route matches.
 *
 * @param method upper-case method
 * @param rawPath the path as sent, still percent-encoded, without the query
 * @param query decoded query parameters, in order
 * @param headers request headers
 * @param body body bytes, empty when none
 */
public record FakeRequest(
        String method, String rawPath, Map<String, List<String>> query, HttpHeaders headers, byte[] body) {

    public FakeRequest {
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(rawPath, "rawPath");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    /** The request for a URI as it arrived: its raw path ({@code /} when empty) and its decoded query. */
    public static FakeRequest of(String method, URI uri, HttpHeaders headers, byte[] body) {
        String raw = uri.getRawPath();
        return new FakeRequest(
                method, raw == null || raw.isEmpty() ? "/" : raw, parseQuery(uri.getRawQuery()), headers, body);
    }

    /** Parses a raw (still percent-encoded) query string; null or empty gives no parameters. */
    public static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The decoded path (what the journal records and fault rules match); route on {@link #rawPath()}. */
    public String path() {
        return PathSegments.decode(rawPath);
    }

    /** The first value of a query parameter, or null. */
    public @Nullable String queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String toString() {
        return "FakeRequest{" + method + " " + rawPath + ", headers=" + headers + ", body=" + body.length + " bytes}";
    }
}
