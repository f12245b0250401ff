package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts between the SDK's immutable HTTP messages and OkHttp's. One per transport: it keeps what successive calls
 * share (the parsed URL of an endpoint, the client's header block) instead of rebuilding it on every call.
 */
final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final long READ_CHUNK = 8192;
    /** Distinct URLs remembered; beyond this (many path parameters), the cache starts over. */
    private static final int MAX_CACHED_URLS = 256;

    private final Map<URI, HttpUrl> urls = new ConcurrentHashMap<>();
    /** The last header block converted: core hands the same instance for every call of a client. */
    private volatile ConvertedHeaders lastHeaders = new ConvertedHeaders(HttpHeaders.empty(), Headers.of());

    private record ConvertedHeaders(HttpHeaders from, Headers to) {}

    /** The OkHttp request for one attempt, tagged so that the network interceptor can follow it. */
    Request toOkHttp(HttpRequest request, AttemptTag tag) {
        return new Request.Builder()
                .url(url(request.uri()))
                .headers(headers(request.headers()))
                .method(request.method().name(), body(request))
                .tag(AttemptTag.class, tag)
                .build();
    }

    private HttpUrl url(URI uri) {
        HttpUrl url = urls.get(uri);
        if (url == null) {
            url = HttpUrl.parse(uri.toString());
            if (url == null) {
                throw new IllegalArgumentException("OkHttp can only send http and https URLs, got " + uri);
            }
            if (urls.size() >= MAX_CACHED_URLS) {
                urls.clear();
            }
            urls.put(uri, url);
        }
        return url;
    }

    private Headers headers(HttpHeaders from) {
        ConvertedHeaders last = lastHeaders;
        if (last.from() == from) {
            return last.to();
        }
        Headers.Builder headers = new Headers.Builder();
        // Core already refused CR, LF and NUL. OkHttp's strict check would echo a rejected value (a token with a
        // non-ASCII character, say) in its exception message, so values are added without it.
        from.forEach(headers::addUnsafeNonAscii);
        Headers to = headers.build();
        lastHeaders = new ConvertedHeaders(from, to);
        return to;
    }

    private static @Nullable RequestBody body(HttpRequest request) {
        byte[] body = request.body();
        RequestBody requestBody = null;
        if (body != null) {
            if (!permitsBody(request.method())) {
                throw new IllegalArgumentException(request.method() + " requests cannot carry a body with OkHttp");
            }
            requestBody = RequestBody.create(body, null, 0, body.length);
        } else if (requiresBody(request.method())) {
            requestBody = RequestBody.create(new byte[0], null, 0, 0);
        }
        return requestBody;
    }

    private static boolean permitsBody(HttpMethod method) {
        return method != HttpMethod.GET && method != HttpMethod.HEAD;
    }

    private static boolean requiresBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    /**
     * Reads the whole response, refusing bodies above the cap: first by the declared {@code Content-Length}, then by
     * counting bytes as they arrive (chunked or lying bodies), so that an oversized body never fills the heap.
     */
    static HttpResponse read(Response response, HttpRequest request, TransportOptions options) throws IOException {
        long limit = options.maxResponseBytes();
        ResponseBody body = response.body();
        long declared = HttpResponse.carriesBody(request.method(), response.code()) ? body.contentLength() : 0;
        if (declared > limit) {
            throw Failures.tooLarge(request, limit, "Content-Length " + declared);
        }
        BufferedSource source = body.source();
        byte[] bytes;
        if (declared >= 0) {
            // The usual case: the length is known and within the cap, so read exactly that into one array (a body
            // that ends early fails as a broken exchange, one that runs longer is OkHttp's to refuse).
            bytes = source.readByteArray(declared);
        } else {
            Buffer buffer = new Buffer();
            while (source.read(buffer, READ_CHUNK) != -1) {
                if (buffer.size() > limit) {
                    throw Failures.tooLarge(request, limit, "more than " + limit + " bytes received");
                }
            }
            bytes = buffer.readByteArray();
        }
        HttpResponse.Builder b = HttpResponse.builder().status(response.code());
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            try {
                b.header(headers.name(i), headers.value(i));
            } catch (IllegalArgumentException invalid) {
                // OkHttp reads received headers leniently; core's HttpHeaders does not take what it cannot send.
                LOG.debug("Dropping an invalid response header from {} {}", request.method(), request.uri());
            }
        }
        return b.body(bytes).build();
    }
}
