package ai.vobiz.internal.json;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;

/**
 * Writes records the way the API reads them, by name: component {@code perPage} is {@code per_page} (or its
 * {@link ai.vobiz.domain.WireName}); null components are left out. As a JSON body, a {@link BigDecimal} is a JSON number
 * written exactly as its plain decimal text ({@code 0.1} stays {@code 0.1}, never an exponent or a binary double);
 * enums are their wire values; dates and timestamps ISO-8601. As query parameters, each value is its text, a list
 * repeats the parameter.
 */
public final class RecordEncoder {
    private RecordEncoder() {}

    /** The record's non-null components as query parameters, in component order. */
    public static Map<String, List<String>> query(Record params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RecordComponent c : params.getClass().getRecordComponents()) {
            Object v = read(params, c);
            if (v == null || v instanceof RawJson) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (v instanceof Collection<?> many) {
                many.forEach(x -> values.add(text(x)));
            } else {
                values.add(text(v));
            }
            out.put(RecordSchemas.wireName(c), List.copyOf(values));
        }
        return out;
    }

    /** The record as a JSON object body. */
    public static byte[] body(Record value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JsonCodec.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN, true);
            write(g, value);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, @Nullable Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x = read(r, c);
                if (x != null && !(x instanceof RawJson)) {
                    g.writeName(RecordSchemas.wireName(c));
                    write(g, x);
                }
            }
            g.writeEndObject();
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> many) {
            g.writeStartArray();
            for (Object x : many) {
                write(g, x);
            }
            g.writeEndArray();
        } else if (v instanceof JsonNode node) {
            JsonCodec.MAPPER.writeValue(g, node);
        } else {
            g.writeString(text(v));
        }
    }

    /** The wire text of a scalar. */
    public static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (v instanceof OffsetDateTime t) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (v instanceof LocalDate d) {
            return d.toString();
        } else if (v instanceof Enum<?> e) {
            return OpenEnum.wireName(e);
        }
        return String.valueOf(v);
    }

    private static @Nullable Object read(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
