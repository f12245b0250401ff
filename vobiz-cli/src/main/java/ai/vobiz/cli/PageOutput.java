package ai.vobiz.cli;

import ai.vobiz.domain.RawJson;
import ai.vobiz.domain.WireFormat;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.paging.Page;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Prints list results: one page as a table (one row per item) or, with {@code --json}, its envelope as received; every
 * page ({@code --all}) as one table or one JSON array of the items as received, streamed so that only one page is
 * ever in memory. Money prints exactly as received; secrets never print.
 */
final class PageOutput {
    private static final int DEFAULT_COLUMNS = 6;

    private final Endpoint<?, ?> endpoint;
    private final Console console;
    private final boolean json;
    private Map<String, RecordComponent> columns;
    private int[] widths;

    PageOutput(Endpoint<?, ?> endpoint, Console console, boolean json) {
        this.endpoint = endpoint;
        this.console = console;
        this.json = json;
    }

    /** One page: a table, or the envelope as received. */
    void page(Page<? extends Record> page) {
        if (json) {
            console.out(Render.prettyJson(WireFormat.redacted(page.raw().node())));
            return;
        }
        table(page.items(), true);
        console.out("page " + page.page() + (page.total() == null ? "" : " of " + pages(page)) + ", "
                + page.items().size() + " item(s)" + (page.total() == null ? "" : ", " + page.total() + " in all")
                + (page.hasNext() ? "; more with --page " + (page.page() + 1) + " or --all" : ""));
    }

    /** Every item: a streamed JSON array, or one table whose column widths the first page sets. */
    void all(Iterable<? extends Record> items) {
        if (json) {
            console.out("[");
            boolean first = true;
            for (Record item : items) {
                String text = Render.prettyJson(itemJson(item)).indent(2).stripTrailing();
                if (!first) {
                    console.out(",");
                }
                console.out(text);
                first = false;
            }
            console.out("]");
            return;
        }
        List<Record> batch = new ArrayList<>();
        boolean header = true;
        for (Record item : items) {
            batch.add(item);
            if (batch.size() == 100) {
                table(batch, header);
                header = false;
                batch.clear();
            }
        }
        if (!batch.isEmpty() || header) {
            table(batch, header);
        }
    }

    private String pages(Page<?> page) {
        Integer per = page.perPage();
        if (page.totalPages() != null) {
            return Integer.toString(page.totalPages());
        }
        return per == null || per == 0 ? "?" : Long.toString((page.total() + per - 1) / per);
    }

    private static JsonNode itemJson(Record item) {
        RawJson raw = Render.rawOf(item);
        return raw != null ? WireFormat.redacted(raw.node()) : Render.toJson(item);
    }

    private void table(List<? extends Record> items, boolean header) {
        if (columns == null) {
            columns = columns(endpoint.responseType());
            widths = new int[columns.size()];
            int i = 0;
            for (RecordComponent c : columns.values()) {
                widths[i++] = Render.label(c.getName()).length();
            }
            for (Record item : items) {
                i = 0;
                for (RecordComponent c : columns.values()) {
                    widths[i] = Math.max(widths[i], cell(item, c).length());
                    i++;
                }
            }
        }
        if (header) {
            List<String> labels = new ArrayList<>();
            columns.values().forEach(c -> labels.add(Render.label(c.getName())));
            console.out(row(labels));
        }
        for (Record item : items) {
            List<String> cells = new ArrayList<>();
            columns.values().forEach(c -> cells.add(cell(item, c)));
            console.out(row(cells));
        }
    }

    private String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(Math.max(1, widths[i] - cell.length() + 2)));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String cell(Record item, RecordComponent c) {
        Object v = Render.read(item, c);
        if (v == null) {
            return "-";
        }
        return WireFormat.isSecret(c.getName()) ? Render.REDACTED : Render.text(v);
    }

    /** The declared columns, or the first scalar, non-secret components of the item. */
    private Map<String, RecordComponent> columns(Class<?> itemType) {
        Map<String, RecordComponent> byWire = new LinkedHashMap<>();
        for (RecordComponent c : itemType.getRecordComponents()) {
            byWire.put(WireFormat.name(c), c);
        }
        Map<String, RecordComponent> chosen = new LinkedHashMap<>();
        for (String name : endpoint.columns()) {
            RecordComponent c = byWire.get(name);
            if (c == null) {
                throw new IllegalStateException(endpoint.operationId() + " declares the column " + name + ", which "
                        + itemType.getSimpleName() + " does not have");
            }
            chosen.put(name, c);
        }
        if (chosen.isEmpty()) {
            for (Map.Entry<String, RecordComponent> e : byWire.entrySet()) {
                Class<?> t = e.getValue().getType();
                boolean scalar = !t.isRecord()
                        && t != RawJson.class
                        && !Map.class.isAssignableFrom(t)
                        && !List.class.isAssignableFrom(t)
                        && !JsonNode.class.isAssignableFrom(t);
                if (scalar && !WireFormat.isSecret(e.getKey()) && chosen.size() < DEFAULT_COLUMNS) {
                    chosen.put(e.getKey(), e.getValue());
                }
            }
        }
        return chosen;
    }
}
