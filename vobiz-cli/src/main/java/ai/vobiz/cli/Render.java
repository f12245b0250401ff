package ai.vobiz.cli;

import ai.vobiz.domain.RawJson;
import ai.vobiz.domain.WireFormat;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the SDK's models for people (an aligned summary) and for programs (JSON with the API's snake_case names,
 * money as strings keeping the exact decimal, ISO-8601 timestamps). Secret components print as {@code <redacted>};
 * the {@code raw} view is left out (it is the same data, untyped).
 */
public final class Render {
    private static final ObjectWriter PRETTY = WireFormat.mapper()
            .writer(SerializationFeature.INDENT_OUTPUT)
            .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    static final String REDACTED = "<redacted>";
    private static final Set<String> ACRONYMS =
            Set.of("id", "api", "cps", "ip", "aws", "url", "uuid", "kyc", "tds", "gst");

    private Render() {}

    /** Pretty-printed JSON, decimals written in plain notation. */
    public static String prettyJson(JsonNode node) {
        return PRETTY.writeValueAsString(node);
    }

    /** A model record as a JSON tree with the API's field names. */
    public static ObjectNode toJson(Record model) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        RawJson raw = rawOf(model);
        for (RecordComponent c : model.getClass().getRecordComponents()) {
            Object value = read(model, c);
            if (value instanceof RawJson) {
                continue;
            }
            if (value == null && raw != null && raw.get(WireFormat.name(c)).isEmpty()) {
                continue; // a field this object never had (a tier of another shape), not a null it sent
            }
            String name = WireFormat.name(c);
            if (value != null && WireFormat.isSecret(c.getName())) {
                node.put(name, REDACTED);
            } else {
                node.set(name, toJsonValue(value));
            }
        }
        return node;
    }

    private static JsonNode toJsonValue(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        } else if (value instanceof Record r) {
            return toJson(r);
        } else if (value instanceof BigDecimal d) {
            // Money as a string, so no JSON reader turns 23906.83000 into a lossy double.
            return f.stringNode(d.toPlainString());
        } else if (value instanceof OffsetDateTime t) {
            return f.stringNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } else if (value instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (value instanceof Integer i) {
            return f.numberNode(i);
        } else if (value instanceof Long l) {
            return f.numberNode(l);
        } else if (value instanceof JsonNode j) {
            return j;
        } else if (value instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toJsonValue(v)));
            return o;
        } else if (value instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            l.forEach(v -> a.add(toJsonValue(v)));
            return a;
        }
        return f.stringNode(String.valueOf(value));
    }

    /**
     * A model record as aligned {@code Label   value} lines, null fields left out, nested records indented under
     * their label.
     */
    public static String summary(Record model) {
        List<String[]> rows = new ArrayList<>();
        collect(model, "", rows);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2;
        StringJoiner out = new StringJoiner(System.lineSeparator());
        for (String[] row : rows) {
            out.add(row[1] == null ? row[0] : pad(row[0], width) + row[1]);
        }
        return out.toString();
    }

    private static void collect(Record model, String indent, List<String[]> rows) {
        for (RecordComponent c : model.getClass().getRecordComponents()) {
            Object value = read(model, c);
            if (value == null || value instanceof RawJson) {
                continue;
            }
            String label = indent + label(c.getName());
            if (value instanceof Record nested) {
                rows.add(new String[] {label, null});
                collect(nested, indent + "  ", rows);
            } else if (WireFormat.isSecret(c.getName())) {
                rows.add(new String[] {label, REDACTED});
            } else {
                rows.add(new String[] {label, text(value)});
            }
        }
    }

    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof OffsetDateTime t) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        } else if (value instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ");
            m.forEach((k, v) -> j.add(k + "=" + text(v)));
            return m.isEmpty() ? "none" : j.toString();
        } else if (value instanceof JsonNode j) {
            return j.isEmpty() && (j.isObject() || j.isArray()) ? "none" : j.toString();
        }
        return String.valueOf(value);
    }

    /** {@code authId} to {@code Auth ID}, {@code isActive} to {@code Active}, {@code canViewCdrs} to {@code Can view CDRs}. */
    static String label(String camel) {
        String[] words = WireFormat.snakeCase(camel).split("_");
        int from = words.length > 1 && words[0].equals("is") ? 1 : 0;
        StringJoiner j = new StringJoiner(" ");
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            if (ACRONYMS.contains(w)) {
                w = w.toUpperCase(Locale.ROOT);
            } else if (w.equals("cdrs") || w.equals("ips")) {
                w = w.equals("ips") ? "IPs" : "CDRs";
            } else if (i == from) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            j.add(w);
        }
        return j.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    /** The model's view of the JSON it was decoded from, or null. */
    static RawJson rawOf(Record model) {
        for (RecordComponent c : model.getClass().getRecordComponents()) {
            if (c.getType() == RawJson.class) {
                return (RawJson) read(model, c);
            }
        }
        return null;
    }

    static Object read(Record model, RecordComponent c) {
        try {
            return c.getAccessor().invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read " + c.getName() + " of " + model.getClass().getSimpleName(), e);
        }
    }
}
