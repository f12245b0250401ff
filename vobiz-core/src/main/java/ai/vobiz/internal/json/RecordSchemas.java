package ai.vobiz.internal.json;

import ai.vobiz.domain.OpenEnum;
import ai.vobiz.domain.RawJson;
import ai.vobiz.domain.WireFormat;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Derives an {@link ObjectSchema} from a record class, by name: component {@code creditLimit} reads the JSON field
 * {@code credit_limit} (or the name its {@link ai.vobiz.domain.WireName} gives), with a reader chosen by the component's type —
 * {@code String}, {@code BigDecimal}, {@code Integer}, {@code Long}, {@code Boolean} (or their primitives, which get
 * 0/false when absent), {@code OffsetDateTime}, {@code LocalDate}, {@code JsonNode}, {@link OpenEnum}, nested records,
 * and {@code List}/{@code Map<String, …>} of any of these. A component of type {@link RawJson} receives the object as
 * received. Component order is the record's own, so no hand-written index can mis-map a field.
 */
public final class RecordSchemas {
    private static final ClassValue<ObjectSchema<?>> CACHE = new ClassValue<>() {
        @Override
        protected ObjectSchema<?> computeValue(Class<?> type) {
            return build(type, new HashMap<>());
        }
    };

    private RecordSchemas() {}

    /** The schema of a record class (built once, shared). */
    @SuppressWarnings("unchecked")
    public static <T> ObjectSchema<T> of(Class<T> type) {
        return (ObjectSchema<T>) CACHE.get(type);
    }

    /** The reader for a component type (a record, a scalar, a list or map of them). */
    static ValueReader reader(Type type) {
        return reader(type, new HashMap<>());
    }

    /** The wire name of a record component. */
    public static String wireName(RecordComponent c) {
        return WireFormat.name(c);
    }

    private static ObjectSchema<?> build(Class<?> type, Map<Class<?>, ValueReader> inProgress) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        ObjectSchema.Lazy self = new ObjectSchema.Lazy();
        inProgress.put(type, self);
        RecordComponent[] components = type.getRecordComponents();
        ObjectSchema.Builder<Object> b = ObjectSchema.builder(type.getSimpleName());
        int[] slot = new int[components.length]; // component -> value index (-1: the raw view)
        Object[] defaults = new Object[components.length];
        int fields = 0;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.getType() == RawJson.class) {
                slot[i] = -1;
                continue;
            }
            b.field(wireName(c), reader(c.getGenericType(), inProgress));
            slot[i] = fields++;
            defaults[i] = primitiveDefault(c.getType());
        }
        MethodHandle constructor = constructor(type, components);
        int fieldCount = fields;
        ObjectSchema<Object> schema = b.build(values -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                Object v = slot[i] < 0 ? values[fieldCount] : values[slot[i]];
                args[i] = v == null ? defaults[i] : v;
            }
            try {
                return constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
            }
        });
        self.set(schema);
        inProgress.remove(type);
        return schema;
    }

    private static MethodHandle constructor(Class<?> type, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            var ctor = type.getDeclaredConstructor(types);
            MethodHandle mh;
            try {
                mh = MethodHandles.publicLookup().unreflectConstructor(ctor);
            } catch (IllegalAccessException notPublic) {
                ctor.setAccessible(true); // a record of the caller's own, not public: allowed on the class path
                mh = MethodHandles.lookup().unreflectConstructor(ctor);
            }
            return mh.asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "record " + type.getName() + " has no accessible canonical constructor", e);
        }
    }

    private static Object primitiveDefault(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("unsupported primitive component type " + type);
    }

    private static ValueReader reader(Type type, Map<Class<?>, ValueReader> inProgress) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (raw == List.class) {
                return new Composite.ListOf(reader(args[0], inProgress));
            }
            if (raw == Map.class && args[0] == String.class) {
                return new Composite.MapOf(reader(args[1], inProgress));
            }
            if (raw == OpenEnum.class && args[0] instanceof Class<?> e && e.isEnum()) {
                return openEnum(e);
            }
            throw new IllegalArgumentException("unsupported component type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Scalar.STRING;
        } else if (c == BigDecimal.class) {
            return Scalar.DECIMAL;
        } else if (c == Integer.class || c == int.class) {
            return Scalar.INT;
        } else if (c == Long.class || c == long.class) {
            return Scalar.LONG;
        } else if (c == Boolean.class || c == boolean.class) {
            return Scalar.BOOL;
        } else if (c == OffsetDateTime.class) {
            return Scalar.TIMESTAMP;
        } else if (c == LocalDate.class) {
            return Scalar.DATE;
        } else if (JsonNode.class.isAssignableFrom(c)) {
            return Scalar.JSON;
        } else if (c.isRecord()) {
            ValueReader pending = inProgress.get(c);
            return pending != null ? pending : build(c, inProgress);
        } else if (c.isEnum()) {
            throw new IllegalArgumentException("a response component of type " + c.getSimpleName()
                    + " must be OpenEnum<" + c.getSimpleName() + ">: the API adds values without notice");
        }
        throw new IllegalArgumentException("unsupported component type " + c.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueReader openEnum(Class<?> e) {
        return new Composite.OpenEnumOf(e);
    }
}
