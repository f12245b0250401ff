package ai.vobiz.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDK's one JSON mapper: exact decimals (scale kept), unknown properties tolerated. Thread-safe. It lives here,
 * below both {@code ai.vobiz.domain} (whose {@code RawJson} parses lazily) and {@code ai.vobiz.internal.json}, so
 * neither package depends on the other's internals in a circle.
 */
public final class JsonMapperHolder {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonMapperHolder() {}
}
