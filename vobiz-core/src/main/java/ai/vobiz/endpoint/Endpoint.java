package ai.vobiz.endpoint;

import ai.vobiz.port.transport.HttpMethod;
import java.util.Objects;

/**
 * One API operation, declared once: method, path template, idempotency, credential scope and how to decode its
 * response. The sync and async facades (and the Mono client in the Netty module) all execute these declarations
 * through {@link ApiInvoker}; none restates a path or a decoder.
 *
 * @param operationId the API's operation id, such as {@code retrieve-account}
 * @param method HTTP method
 * @param pathTemplate path below the base URL, with {@code {name}} placeholders
 * @param idempotent whether a retry is harmless; money-moving POSTs are false and are never re-sent
 * @param scope the credentials it expects
 * @param responseType simple name of the decoded type, for messages
 * @param decoder body decoder
 * @param <T> the decoded type
 */
public record Endpoint<T>(
        String operationId,
        HttpMethod method,
        String pathTemplate,
        boolean idempotent,
        CredentialScope scope,
        String responseType,
        ResponseDecoder<T> decoder) {

    public Endpoint {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(decoder, "decoder");
        if (!pathTemplate.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + pathTemplate);
        }
    }

    /** A read-only GET: idempotent. */
    public static <T> Endpoint<T> get(
            String operationId, String path, CredentialScope scope, Class<T> type, ResponseDecoder<T> decoder) {
        return new Endpoint<>(operationId, HttpMethod.GET, path, true, scope, type.getSimpleName(), decoder);
    }

    /** A POST that must never be sent twice (money moves, resources are created). */
    public static <T> Endpoint<T> unsafePost(
            String operationId, String path, CredentialScope scope, Class<T> type, ResponseDecoder<T> decoder) {
        return new Endpoint<>(operationId, HttpMethod.POST, path, false, scope, type.getSimpleName(), decoder);
    }
}
