package ai.vobiz.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The testkit's JSON mapper and resource loading. Internal: not part of the testkit's API. */
public final class Json {
    /** A plain mapper: field order is kept as inserted, numbers are written as parsed ({@code 0.0} stays {@code 0.0}). */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Reads request bodies: every decimal number as a {@link java.math.BigDecimal}, exactly as sent. */
    public static final ObjectReader EXACT = MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    /** Reads a JSON object bundled with the testkit, e.g. {@code examples/partner-me.json}. */
    public static ObjectNode resourceObject(String name) {
        return resourceObject(name, "");
    }

    /**
     * Reads the JSON object at a JSON pointer (such as {@code /accounts/0}) in a document bundled with the testkit.
     */
    public static ObjectNode resourceObject(String name, String pointer) {
        String path = "/ai/vobiz/testkit/" + name;
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource missing: " + path);
            }
            JsonNode node = MAPPER.readTree(in).at(pointer);
            if (!(node instanceof ObjectNode obj)) {
                throw new IllegalStateException("testkit resource has no JSON object at '" + pointer + "': " + path);
            }
            return obj;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
