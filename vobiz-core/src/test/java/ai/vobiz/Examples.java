package ai.vobiz;

import ai.vobiz.internal.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The documented API bodies copied from the shared examples into test resources. */
public final class Examples {
    private Examples() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable copy of an example's JSON object. */
    public static ObjectNode object(String name) {
        return (ObjectNode) JsonCodec.MAPPER.readTree(bytes(name));
    }

    public static byte[] toBytes(JsonNode node) {
        return JsonCodec.MAPPER.writeValueAsBytes(node);
    }

    /** One body of {@code account-transactions.errors.COMPOSITE-by-status.json}, keyed by status. */
    public static byte[] compositeErrorBody(int status) {
        return toBytes(
                object("account-transactions.errors.COMPOSITE-by-status.json").get(String.valueOf(status)));
    }
}
