package ai.vobiz.internal.json;

import static ai.vobiz.internal.json.ValueReader.describe;

import ai.vobiz.domain.OpenEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Readers built from other readers: lists, string-keyed maps, and open enums. */
final class Composite {
    private Composite() {}

    /** A JSON array, each element read by {@code element}; JSON nulls inside stay null. */
    record ListOf(ValueReader element) implements ValueReader {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            if (t != JsonToken.START_ARRAY) {
                throw src.fail("expected an array but got " + describe(t));
            }
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (JsonToken et = p.nextToken(); et != JsonToken.END_ARRAY; et = p.nextToken(), i++) {
                try {
                    out.add(et == JsonToken.VALUE_NULL ? null : element.read(p, et, src));
                } catch (Failure f) {
                    throw f.within("[" + i + "]");
                }
            }
            return Collections.unmodifiableList(out);
        }
    }

    /**
     * A JSON object read as a map with the keys in body order. An entry whose value the reader cannot convert (a
     * string among flags) is left out rather than failing the call: it stays reachable through the owner's raw view.
     */
    record MapOf(ValueReader value) implements ValueReader {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            if (t != JsonToken.START_OBJECT) {
                throw src.fail("expected an object but got " + describe(t));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key = p.nextName(); key != null; key = p.nextName()) {
                JsonToken vt = p.nextToken();
                if (vt == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value == Scalar.BOOL) {
                    Boolean b = Scalar.bool(p, vt);
                    if (b != null) {
                        out.put(key, b);
                    } else {
                        p.skipChildren();
                    }
                    continue;
                }
                try {
                    out.put(key, value.read(p, vt, src));
                } catch (Failure notConvertible) {
                    p.skipChildren();
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** A string of an open vocabulary: never fails on a value the SDK does not know. */
    record OpenEnumOf<E extends Enum<E>>(Class<E> type) implements ValueReader {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            if (!t.isScalarValue()) {
                throw src.fail("expected a string but got " + describe(t));
            }
            return OpenEnum.of(type, p.getString());
        }
    }
}
