package ai.vobiz.transport.netty;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

/**
 * Conversion between core's request and response values and reactor-netty's: a request becomes a configured
 * {@link HttpClient.ResponseReceiver}, a response and its body (collected under the size cap) an
 * {@link HttpResponse}.
 */
final class Messages {
    private final HttpClient client;
    private final long maxResponseBytes;
    private volatile @Nullable ClientForHeaders lastHeaders;

    Messages(HttpClient client, long maxResponseBytes) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The exchange that sends {@code request}: method, URI, headers and body (with its length). */
    HttpClient.ResponseReceiver<?> toNetty(HttpRequest request) {
        byte[] body = request.body();
        HttpClient.RequestSender sender = clientWithHeaders(request.headers())
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(
                        request.method().name()))
                .uri(request.uri());
        boolean requiresBody = request.method() == HttpMethod.POST
                || request.method() == HttpMethod.PUT
                || request.method() == HttpMethod.PATCH;
        return body == null && !requiresBody
                ? sender
                : sender.send((req, out) -> {
                    int length = body == null ? 0 : body.length;
                    req.requestHeaders().set(HttpHeaderNames.CONTENT_LENGTH, length);
                    return length == 0 ? out : out.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)));
                });
    }

    /**
     * The client sending these headers, ours replacing reactor-netty's defaults of the same name (User-Agent,
     * Accept...), all values kept. Every call of an SDK client carries the same header block, so the derived client is
     * kept for the last block seen instead of being derived, or the headers copied into the request, on every call.
     */
    private HttpClient clientWithHeaders(HttpHeaders headers) {
        ClientForHeaders last = lastHeaders;
        if (last != null && last.headers() == headers) {
            return last.client();
        }
        HttpClient derived = client.headers(h -> {
            headers.forEach((name, value) -> h.remove(name));
            headers.forEach(h::add);
        });
        lastHeaders = new ClientForHeaders(headers, derived);
        return derived;
    }

    private record ClientForHeaders(HttpHeaders headers, HttpClient client) {}

    /** The response with its body, refused as soon as a declared or received length passes the size cap. */
    Mono<HttpResponse> read(HttpRequest request, HttpClientResponse response, ByteBufFlux content) {
        long max = maxResponseBytes;
        long declared =
                HttpResponse.carriesBody(request.method(), response.status().code()) ? declaredLength(response) : -1;
        if (declared > max) {
            return Mono.error(BodyCollector.tooLarge(max));
        }
        return new BodyMono(content, new BodyCollector(max, declared), body -> {
            HttpResponse.Builder b =
                    HttpResponse.builder().status(response.status().code());
            response.responseHeaders().forEach(h -> b.header(h.getKey(), h.getValue()));
            return b.body(body).build();
        });
    }

    private static long declaredLength(HttpClientResponse response) {
        String value = response.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
