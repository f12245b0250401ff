package ai.vobiz.port.transport;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a request or response being built: a whole {@link HttpHeaders} is kept as it is until the first edit,
 * which copies it into a builder. Most requests of a client carry its one prebuilt header block unchanged, so they
 * share it instead of copying it.
 */
final class HeadersDraft {
    private HttpHeaders whole = HttpHeaders.empty();
    private HttpHeaders.@Nullable Builder edits;

    void replace(HttpHeaders headers) {
        this.whole = Objects.requireNonNull(headers, "headers");
        this.edits = null;
    }

    HttpHeaders.Builder edit() {
        if (edits == null) {
            edits = whole.newBuilder();
        }
        return edits;
    }

    HttpHeaders build() {
        return edits == null ? whole : edits.build();
    }
}
