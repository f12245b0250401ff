package ai.vobiz.testkit.server;

import ai.vobiz.paging.Paging;
import ai.vobiz.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paging of list routes as core's {@link Paging} scheme of the endpoint describes it (parameter and field names,
 * default and largest page size), so the fake and the SDK read one description. A page number or size that is not an
 * integer, or out of range, is a 422 validation error (the errors page's {@code VALIDATION_ERROR} with
 * {@code details.errors[]}; the transactions page documents 422 for an oversized {@code per_page}).
 */
final class Pages {
    private Pages() {}

    /**
     * A requested page: either the page number and size, or what is wrong with them.
     *
     * @param page 1-based page number
     * @param size items per page
     * @param errors validation failures; empty when the request is fine
     */
    record Request(long page, int size, List<ErrorBodies.FieldError> errors) {
        /** The items of this page, from everything that matched. */
        <T> List<T> slice(List<T> all) {
            long from = Math.min((page - 1) * size, all.size());
            return all.subList((int) from, (int) Math.min(from + size, all.size()));
        }
    }

    /** Reads the page number and size of a list request. */
    static Request parse(FakeRequest request, Paging paging) {
        List<ErrorBodies.FieldError> errors = new ArrayList<>();
        long page = number(request, paging.pageParam(), paging.firstPage(), 1, Integer.MAX_VALUE, errors);
        long size = number(request, paging.sizeParam(), paging.defaultSize(), 1, paging.maxSize(), errors);
        return new Request(page, (int) size, errors);
    }

    private static long number(
            FakeRequest request, String name, long dflt, long min, long max, List<ErrorBodies.FieldError> errors) {
        String given = request.queryParam(name);
        if (given == null) {
            return dflt;
        }
        long v;
        try {
            v = Long.parseLong(given);
        } catch (NumberFormatException e) {
            errors.add(new ErrorBodies.FieldError(
                    name,
                    "Must be an integer",
                    "INVALID_FORMAT",
                    Json.MAPPER.getNodeFactory().stringNode(given)));
            return dflt;
        }
        if (v < min || v > max) {
            errors.add(new ErrorBodies.FieldError(
                    name,
                    "Must be between " + min + " and " + max,
                    "OUT_OF_RANGE",
                    Json.MAPPER.getNodeFactory().numberNode(v)));
            return dflt;
        }
        return v;
    }

    /**
     * A page in the scheme's envelope, fields in the documented order: the items, then total, page, size (as far as
     * the scheme names them). Top-level paging facts only ({@link Paging#within()} null).
     */
    static <T> ObjectNode envelope(
            Paging paging, Request request, List<T> all, Function<T, ? extends JsonNode> render) {
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray(paging.itemsField());
        request.slice(all).forEach(item -> items.add(render.apply(item)));
        put(out, paging.totalField(), all.size());
        put(out, paging.pageField(), request.page());
        put(out, paging.sizeField(), request.size());
        return out;
    }

    private static void put(ObjectNode out, @Nullable String field, long value) {
        if (field != null) {
            out.put(field, value);
        }
    }
}
