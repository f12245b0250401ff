package ai.vobiz.internal.json;

import ai.vobiz.error.DecodingException;
import ai.vobiz.internal.JsonMapperHolder;
import ai.vobiz.internal.Redaction;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The SDK's one JSON mapper: exact decimals (scale kept), unknown properties tolerated. Thread-safe. */
public final class JsonCodec {
    public static final JsonMapper MAPPER = JsonMapperHolder.MAPPER;

    /** The mapper's token stream factory, for parsers that need no databind context. */
    static final TokenStreamFactory FACTORY = MAPPER.tokenStreamFactory();

    /** Reads one value in the middle of a token stream (the stream goes on after it). */
    static final ObjectReader SUBTREE_READER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final int SNIPPET = 120;

    private JsonCodec() {}

    /** Parses a body to a tree; malformed JSON becomes a {@link DecodingException} naming the type. */
    public static JsonNode readTree(byte[] body, String targetType) {
        if (body.length == 0) {
            throw new DecodingException(targetType, null, "the response body is empty", "");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new DecodingException(
                    targetType, null, "malformed JSON (" + e.getOriginalMessage() + ")", snippet(body), e);
        }
    }

    public static String snippet(byte[] body) {
        return Redaction.snippet(body, SNIPPET, List.of());
    }
}
