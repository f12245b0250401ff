package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportOptions;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Converts between the SDK's immutable HTTP messages and OkHttp's. */
final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final long READ_CHUNK = 8192;

    private Messages() {}

    /** The OkHttp request for one attempt, tagged so that the network interceptor can follow it. */
    static Request toOkHttp(HttpRequest request, AttemptTag tag) {
        HttpUrl url = HttpUrl.parse(request.uri().toString());
        if (url == null) {
            throw new IllegalArgumentException("OkHttp can only send http and https URLs, got " + request.uri());
        }
        Headers.Builder headers = new Headers.Builder();
        for (String name : request.headers().names()) {
            for (String value : request.headers().values(name)) {
                // Core already refused CR, LF and NUL. OkHttp's strict check would echo a rejected value (a token with
                // a
                // non-ASCII character, say) in its exception message, so values are added without it.
                headers.addUnsafeNonAscii(name, value);
            }
        }
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
        return new Request.Builder()
                .url(url)
                .headers(headers.build())
                .method(request.method().name(), requestBody)
                .tag(AttemptTag.class, tag)
                .build();
    }

    /** Whether core's {@code HttpHeaders} accepts the header (OkHttp reads received headers leniently). */
    private static boolean acceptable(String name, String value) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || c == ':') {
                return false;
            }
        }
        return value.indexOf('\r') < 0 && value.indexOf('\n') < 0 && value.indexOf('\0') < 0;
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
        long declared = body.contentLength();
        if (declared > limit) {
            throw Failures.tooLarge(request, limit, "Content-Length " + declared);
        }
        Buffer buffer = new Buffer();
        BufferedSource source = body.source();
        while (source.read(buffer, READ_CHUNK) != -1) {
            if (buffer.size() > limit) {
                throw Failures.tooLarge(request, limit, "more than " + limit + " bytes received");
            }
        }
        HttpResponse.Builder b = HttpResponse.builder().status(response.code());
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = headers.value(i);
            if (acceptable(name, value)) {
                b.header(name, value);
            } else {
                LOG.debug(
                        "Dropping a response header with an invalid name from {} {}", request.method(), request.uri());
            }
        }
        return b.body(buffer.readByteArray()).build();
    }
}
