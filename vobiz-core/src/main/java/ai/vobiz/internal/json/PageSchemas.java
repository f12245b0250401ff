package ai.vobiz.internal.json;

import ai.vobiz.domain.RawJson;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.Paging;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Decoders of list envelopes: the items array (each item by its record schema) and the paging facts wherever the
 * endpoint's {@link Paging} scheme says they are. The rest of the envelope (a ledger's {@code summary}) stays in the
 * page's raw view.
 */
public final class PageSchemas {
    private record Key(Paging paging, Class<?> itemType) {}

    private static final Map<Key, ObjectSchema<?>> CACHE = new ConcurrentHashMap<>();

    private PageSchemas() {}

    /** The decoder of pages of {@code itemType} under {@code paging} (built once, shared). */
    @SuppressWarnings("unchecked")
    public static <T> ObjectSchema<Page<T>> of(Paging paging, Class<T> itemType) {
        return (ObjectSchema<Page<T>>) CACHE.computeIfAbsent(new Key(paging, itemType), k -> build(paging, itemType));
    }

    private static <T> ObjectSchema<Page<T>> build(Paging paging, Class<T> itemType) {
        String name = "Page<" + itemType.getSimpleName() + ">";
        ObjectSchema.Builder<Page<T>> b = ObjectSchema.builder(name);
        b.field(paging.itemsField(), new ItemsOf(new Composite.ListOf(RecordSchemas.reader(itemType))));
        String[] facts = {paging.pageField(), paging.sizeField(), paging.totalField(), paging.pagesField()};
        ObjectSchema<Object[]> within = null;
        if (paging.within() != null) {
            within = facts(paging, facts);
            b.field(paging.within(), within);
        } else {
            addFacts(b, paging, facts);
        }
        boolean nested = within != null;
        return b.build(values -> {
            Items read = (Items) values[0];
            @SuppressWarnings("unchecked")
            List<T> items = read == null ? List.of() : (List<T>) read.list();
            RawJson raw = (RawJson) values[values.length - 1];
            Object[] f = nested ? (Object[]) values[1] : values;
            int base = nested ? 0 : 1;
            Page.Builder<T> page = Page.builder(paging, items, raw);
            if (f != null) {
                page.echoed(asInt(f, base, facts, 0), asInt(f, base, facts, 1))
                        .totals(asLong(f, base, facts, 2), asInt(f, base, facts, 3), asBool(f, base, facts, paging));
            }
            return page.fingerprint(read == null ? 0 : read.fingerprint())
                    .envelopeDecoder(type -> envelope(raw, type))
                    .build();
        });
    }

    /** The envelope as received, decoded as a record type (for a list's extra fields, such as a summary). */
    private static Record envelope(RawJson raw, Class<? extends Record> type) {
        return RecordSchemas.of(type).decode(JsonCodec.MAPPER.writeValueAsBytes(raw.node()));
    }

    /** The paging facts as their own object: values in the order page, size, total, pages, has_next. */
    private static ObjectSchema<Object[]> facts(Paging paging, String[] facts) {
        ObjectSchema.Builder<Object[]> b = ObjectSchema.builder(paging.within());
        addFacts(b, paging, facts);
        return b.build(values -> values);
    }

    private static <X> void addFacts(ObjectSchema.Builder<X> b, Paging paging, String[] facts) {
        for (String f : facts) {
            if (f != null) {
                b.field(f, Scalar.LONG);
            }
        }
        if (paging.hasNextField() != null) {
            b.field(paging.hasNextField(), Scalar.BOOL);
        }
    }

    /** The index of fact {@code which} among the fields added (absent facts take no slot). */
    private static int slot(int base, String[] facts, int which) {
        int ix = base;
        for (int i = 0; i < which; i++) {
            if (facts[i] != null) {
                ix++;
            }
        }
        return ix;
    }

    private static @Nullable Long asLong(Object[] v, int base, String[] facts, int which) {
        return facts[which] == null ? null : (Long) v[slot(base, facts, which)];
    }

    private static @Nullable Integer asInt(Object[] v, int base, String[] facts, int which) {
        Long l = asLong(v, base, facts, which);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
    }

    private static @Nullable Boolean asBool(Object[] v, int base, String[] facts, Paging paging) {
        return paging.hasNextField() == null ? null : (Boolean) v[slot(base, facts, facts.length)];
    }

    /** The items and a hash of their bytes as received (the pager's check for a page served again). */
    private record Items(List<?> list, long fingerprint) {}

    private record ItemsOf(Composite.ListOf list) implements ValueReader {
        @Override
        public Object read(JsonParser p, JsonToken t, Source src) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            List<?> items = (List<?>) list.read(p, t, src);
            int end = (int) p.currentTokenLocation().getByteOffset() + 1;
            return new Items(items, fingerprint(src.body(), start, end, items));
        }

        /**
         * A hash of the items' bytes: their length and the first and last 512 bytes. A page served again has the same
         * one; two different pages of a real list cannot share their first and last item. Constant time, whatever
         * the page size (hashing a whole 100-row page would cost a third of decoding it).
         */
        private static long fingerprint(byte[] body, int start, int end, List<?> items) {
            if (start < 0 || end > body.length || end < start) {
                return items.hashCode();
            }
            long h = 1125899906842597L + (end - start) * 31L + items.size();
            int head = Math.min(end, start + 512);
            for (int i = start; i < head; i++) {
                h = 31 * h + body[i];
            }
            for (int i = Math.max(head, end - 512); i < end; i++) {
                h = 31 * h + body[i];
            }
            return h;
        }
    }
}
