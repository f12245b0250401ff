package ai.vobiz.client;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.error.DecodingException;
import ai.vobiz.internal.json.JsonCodec;
import ai.vobiz.internal.json.RecordSchemas;
import ai.vobiz.port.transport.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** A successful (2xx) raw response: status, headers and the body as JSON or as a mapped type. */
public final class RawResponse {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private volatile JsonNode json;

    RawResponse(int status, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static final String SDK_MODELS = "ai.vobiz.domain";

    /** The body as a JSON tree; a missing node when the body is empty (204). */
    public JsonNode json() {
        JsonNode j = json;
        if (j == null) {
            j = body.length == 0 ? MissingNode.getInstance() : JsonCodec.readTree(body, "JSON");
            json = j;
        }
        return j;
    }

    /**
     * The body mapped to a type: the SDK's models ({@link Account}, {@link PartnerProfile}, every record of
     * {@code ai.vobiz.domain}) with their lenient by-name decoders, any other type with Jackson (snake_case JSON names
     * map via {@code @JsonProperty}).
     */
    @SuppressWarnings("unchecked")
    public <T> T as(Class<T> type) {
        if (type.isRecord() && type.getPackageName().startsWith(SDK_MODELS)) {
            return RecordSchemas.of(type).decode(body);
        }
        if (type == JsonNode.class) {
            return (T) json();
        }
        try {
            return JsonCodec.MAPPER.treeToValue(json(), type);
        } catch (JacksonException e) {
            throw new DecodingException(
                    type.getSimpleName(), fieldPath(e), e.getOriginalMessage(), JsonCodec.snippet(body), e);
        }
    }

    /** The JSON path Jackson was at, such as {@code items[2].name}; null at the root. */
    private static @Nullable String fieldPath(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public String toString() {
        return "RawResponse{" + status + ", headers=" + headers + ", body=" + body.length + " bytes}";
    }
}
