package ai.vobiz.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of a vocabulary the API may extend: one of the constants of {@code E} when the SDK knows it, and the value
 * as received otherwise. The API adds values without notice (a transaction status, a KYC state), so a response never
 * fails to decode because of one; requests use the closed enum {@code E} itself.
 *
 * <pre>{@code
 * if (transfer.status().is(TransferStatus.COMPLETED)) { ... }
 * String wire = transfer.status().value();          // "completed", or whatever the API sent
 * }</pre>
 *
 * @param <E> the known values; each constant's wire value is its name in lower case unless it carries
 *     {@link WireName}
 */
public final class OpenEnum<E extends Enum<E>> {
    private static final ClassValue<Map<String, Enum<?>>> BY_WIRE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object c : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) c;
                map.put(wireName(e), e);
            }
            return Map.copyOf(map);
        }
    };

    private final String value;
    private final @Nullable E known;

    private OpenEnum(String value, @Nullable E known) {
        this.value = value;
        this.known = known;
    }

    /** The value received, matched against {@code type}'s constants (exactly, then ignoring case). */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> OpenEnum<E> of(Class<E> type, String value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Map<String, Enum<?>> byWire = BY_WIRE.get(type);
        Enum<?> k = byWire.get(value);
        if (k == null) {
            k = byWire.get(value.toLowerCase(Locale.ROOT));
        }
        return new OpenEnum<>(value, (E) k);
    }

    /** A known value. */
    public static <E extends Enum<E>> OpenEnum<E> of(E known) {
        return new OpenEnum<>(wireName(known), known);
    }

    /** The wire value of a constant: its {@link WireName}, or its name in lower case. */
    public static String wireName(Enum<?> constant) {
        try {
            WireName w = constant.getDeclaringClass().getField(constant.name()).getAnnotation(WireName.class);
            return w != null ? w.value() : constant.name().toLowerCase(Locale.ROOT);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value as the API sent it. */
    public String value() {
        return value;
    }

    /** The constant, when the SDK knows this value. */
    public Optional<E> known() {
        return Optional.ofNullable(known);
    }

    /** Whether this is the given constant. */
    public boolean is(E constant) {
        return known == constant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenEnum<?> other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The wire value. */
    @Override
    public String toString() {
        return value;
    }
}
