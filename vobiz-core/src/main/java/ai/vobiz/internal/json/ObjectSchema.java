package ai.vobiz.internal.json;

import static ai.vobiz.internal.json.ValueReader.describe;

import ai.vobiz.domain.RawJson;
import ai.vobiz.error.DecodingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Decodes a JSON object straight from the token stream, field by field, by name: absent and null are both null, unknown
 * fields are skipped (and stay reachable through the {@link RawJson} view, which parses its byte range only when a
 * caller asks). No intermediate tree is built. Schemas are immutable and shared; {@link RecordSchemas} derives them
 * from record components, so no schema is written by hand.
 *
 * @param <T> the decoded type
 */
public final class ObjectSchema<T> implements ValueReader {
    private record Field(String name, ValueReader reader) {}

    private final String typeName;
    private final Field[] fields;
    /** Matches property names on the parser's input bytes, without a String per name: as Jackson databind does. */
    private final PropertyNameMatcher matcher;

    private final Set<String> names;
    private final Function<Object[], T> factory;

    private ObjectSchema(String typeName, List<Field> fields, Function<Object[], T> factory) {
        this.typeName = typeName;
        Set<String> ordered = new LinkedHashSet<>();
        List<Named> named = new ArrayList<>(fields.size());
        for (Field f : fields) {
            if (!ordered.add(f.name)) {
                throw new IllegalArgumentException(typeName + " declares the field " + f.name + " twice");
            }
            named.add(Named.fromString(f.name));
        }
        this.fields = fields.toArray(new Field[0]);
        this.matcher = JsonCodec.FACTORY.constructNameMatcher(named, false);
        this.names = Set.copyOf(ordered);
        this.factory = factory;
    }

    /** A schema of {@code fields} (name and reader each); the factory gets their values plus the raw view last. */
    public static <T> Builder<T> builder(String typeName) {
        return new Builder<>(typeName);
    }

    public String typeName() {
        return typeName;
    }

    /** The JSON field names this schema models. */
    public Set<String> fieldNames() {
        return names;
    }

    /** Decodes a whole body, which must be one JSON object. */
    public T decode(byte[] body) {
        if (body.length == 0) {
            throw new DecodingException(typeName, null, "the response body is empty", "");
        }
        Source src = new Source(body, typeName);
        // Straight from the token stream factory: ObjectMapper.createParser would also build a deserialization
        // context per call, which a streaming decode never uses.
        try (JsonParser p = JsonCodec.FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw src.fail("expected a JSON object but got " + describe(first));
            }
            T value = readObject(p, src);
            if (p.nextToken() != null) {
                throw src.fail("unexpected content after the JSON object");
            }
            return value;
        } catch (Failure f) {
            throw src.toException(f);
        } catch (JacksonException e) {
            throw new DecodingException(
                    typeName, null, "malformed JSON (" + e.getOriginalMessage() + ")", JsonCodec.snippet(body), e);
        }
    }

    @Override
    public Object read(JsonParser p, JsonToken t, Source src) {
        if (t != JsonToken.START_OBJECT) {
            throw src.fail("expected an object but got " + describe(t));
        }
        return readObject(p, src);
    }

    /** Reads the object whose START_OBJECT is current; leaves the parser on its END_OBJECT. */
    private T readObject(JsonParser p, Source src) {
        byte[] body = src.body();
        int start = (int) p.currentTokenLocation().getByteOffset();
        Object[] values = new Object[fields.length + 1];
        for (int ix = p.nextNameMatch(matcher);
                ix != PropertyNameMatcher.MATCH_END_OBJECT;
                ix = p.nextNameMatch(matcher)) {
            if (ix == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                throw src.fail("malformed JSON object: expected a property name");
            }
            JsonToken t = p.nextToken();
            if (ix == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
                p.skipChildren();
                continue;
            }
            Field f = fields[ix];
            if (t != JsonToken.VALUE_NULL) {
                try {
                    values[ix] = f.reader.read(p, t, src);
                } catch (Failure failure) {
                    throw failure.within(f.name);
                }
            }
        }
        int end = (int) p.currentTokenLocation().getByteOffset() + 1;
        values[fields.length] = start >= 0 && end > start && end <= body.length
                ? new RawJson(body, start, end - start, names)
                : new RawJson(JsonCodec.readTree(body, typeName), names);
        return factory.apply(values);
    }

    /** Builder: fields in any order; the factory receives their values in declaration order, then the raw view. */
    public static final class Builder<T> {
        private final String typeName;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String typeName) {
            this.typeName = typeName;
        }

        Builder<T> field(String name, ValueReader reader) {
            fields.add(new Field(name, reader));
            return this;
        }

        public ObjectSchema<T> build(Function<Object[], T> factory) {
            return new ObjectSchema<>(typeName, fields, factory);
        }
    }

    /** A reader that defers to a schema built later: records that nest themselves, or one another. */
    static final class Lazy implements ValueReader {
        private volatile @Nullable ValueReader target;

        void set(ValueReader reader) {
            target = reader;
        }

        @Override
        public @Nullable Object read(JsonParser p, JsonToken t, Source src) {
            return target.read(p, t, src);
        }
    }
}
