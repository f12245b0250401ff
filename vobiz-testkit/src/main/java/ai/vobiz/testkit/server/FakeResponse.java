package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A complete response produced by a handler.
 *
 * @param status HTTP status
 * @param headers response headers (the server adds {@code X-Request-Id})
 * @param body body bytes, empty when none
 */
public record FakeResponse(int status, HttpHeaders headers, byte[] body) {

    public FakeResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    /** A JSON response. */
    public static FakeResponse json(int status, JsonNode body) {
        return new FakeResponse(status, HttpHeaders.of("Content-Type", "application/json"), Json.bytes(body));
    }

    /** A JSON response from already serialised bytes (shared: never modified). */
    public static FakeResponse json(int status, byte[] body) {
        return new FakeResponse(status, HttpHeaders.of("Content-Type", "application/json"), body);
    }

    /** A response with a literal body and content type. */
    public static FakeResponse text(int status, String contentType, String body) {
        return new FakeResponse(
                status, HttpHeaders.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one header set. */
    public FakeResponse withHeader(String name, String value) {
        return new FakeResponse(status, headers.newBuilder().set(name, value).build(), body);
    }

    @Override
    public String toString() {
        return "FakeResponse{" + status + ", headers=" + headers + ", body=" + body.length + " bytes}";
    }
}
