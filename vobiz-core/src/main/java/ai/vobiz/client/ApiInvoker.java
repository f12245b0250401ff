package ai.vobiz.client;

import ai.vobiz.endpoint.CallArgs;
import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.error.ConfigurationException;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.error.VobizException;
import ai.vobiz.internal.http.ErrorMapper;
import ai.vobiz.internal.json.RecordEncoder;
import ai.vobiz.internal.validation.Checks;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.PageFetcher;
import ai.vobiz.paging.PagedIterable;
import ai.vobiz.paging.Paging;
import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Executes {@link Endpoint} declarations: builds the authenticated request, hands it to the transport, maps error
 * statuses to typed exceptions and decodes the body. The single place where an endpoint meets HTTP; the sync, async
 * and reactive facades are thin views over it. Thread-safe.
 */
public final class ApiInvoker {
    private final VobizConfig config;
    private final HttpTransport transport;
    private final List<String> secrets;
    private final String baseUrl;
    /** The headers every call sends, validated once: without and with a JSON body. */
    private final HttpHeaders commonHeaders;

    private final HttpHeaders jsonBodyHeaders;
    /**
     * The URI of each endpoint whose path has no parameters: most calls would otherwise build and parse the same
     * string every time. Bounded by the number of declared endpoints.
     */
    private final Map<String, URI> fixedUris = new ConcurrentHashMap<>();

    ApiInvoker(VobizConfig config, HttpTransport transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.secrets = List.of(config.credentials().authToken());
        this.baseUrl = config.baseUrl().toString();
        try {
            this.commonHeaders = HttpHeaders.of(
                    "X-Auth-ID", config.credentials().authId(),
                    "X-Auth-Token", config.credentials().authToken(),
                    "Accept", "application/json",
                    "User-Agent", config.userAgent());
        } catch (IllegalArgumentException e) {
            // The message names the header, never its value.
            throw new ConfigurationException("The Vobiz credentials cannot be sent: " + e.getMessage() + ".");
        }
        this.jsonBodyHeaders = commonHeaders
                .newBuilder()
                .add("Content-Type", "application/json")
                .build();
    }

    public VobizConfig config() {
        return config;
    }

    public HttpTransport transport() {
        return transport;
    }

    /**
     * The variable part of one call: path values (percent-encoded later, one segment each), and the request record as
     * query parameters (a GET) or as the JSON body (otherwise).
     *
     * @throws RequestValidationException when a path value is missing, blank, or a dot segment
     */
    public <P> CallArgs args(Endpoint<P, ?> endpoint, @Nullable P params, String... pathValues) {
        List<String> names = endpoint.pathParams();
        if (pathValues.length != names.size()) {
            throw new IllegalArgumentException(endpoint.operationId() + " takes " + names.size() + " path values "
                    + names + ", got " + pathValues.length);
        }
        CallArgs.Builder b = CallArgs.builder();
        for (int i = 0; i < pathValues.length; i++) {
            String v = Checks.required(pathValues[i], names.get(i));
            if (v.equals(".") || v.equals("..")) {
                // Percent-encoding cannot help: URL parsers treat %2E%2E as a dot segment and resolve it.
                throw new RequestValidationException(names.get(i), "must not be '.' or '..'");
            }
            b.path(names.get(i), v);
        }
        if (params instanceof Record r) {
            if (endpoint.hasBody()) {
                b.body(RecordEncoder.body(r));
            } else {
                RecordEncoder.query(r).forEach((k, vs) -> vs.forEach(v -> b.query(k, v)));
            }
        }
        return b.build();
    }

    /** The authenticated request for one call of an endpoint. */
    public HttpRequest request(Endpoint<?, ?> endpoint, CallArgs args) {
        String template = endpoint.pathTemplate();
        HttpRequest.Builder b;
        if (args.pathParams().isEmpty() && args.query().isEmpty() && template.indexOf('{') < 0) {
            URI uri = fixedUris.computeIfAbsent(template, t -> uri(t, Map.of()));
            b = newRequest(uri, args.body(), endpoint.idempotent());
        } else {
            String path = expand(template, args.pathParams());
            b = newRequest(uri(path, args.query()), args.body(), endpoint.idempotent());
        }
        return b.method(endpoint.method()).build();
    }

    /**
     * Maps the final response of a call: a typed exception for non-2xx, the decoded response otherwise (a page knows
     * how to fetch its next pages with the same {@code args}).
     */
    public <R> R handle(Endpoint<?, R> endpoint, CallArgs args, HttpResponse response) {
        if (!response.isSuccessful()) {
            throw error(response, endpoint.scope());
        }
        return attach(endpoint, args, endpoint.decode(response.body()));
    }

    /** Runs one call synchronously. */
    public <P, R> R call(Endpoint<P, R> endpoint, @Nullable P params, String... pathValues) {
        return callWith(endpoint, args(endpoint, params, pathValues));
    }

    /** Runs one call asynchronously; the future fails with a {@link VobizException}. */
    public <P, R> CompletableFuture<R> callAsync(Endpoint<P, R> endpoint, @Nullable P params, String... pathValues) {
        CallArgs args;
        try {
            args = args(endpoint, params, pathValues);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new CompletionException(e));
        }
        return callWithAsync(endpoint, args);
    }

    /** Runs one call of prepared arguments synchronously. */
    public <R> R callWith(Endpoint<?, R> endpoint, CallArgs args) {
        return handle(endpoint, args, transport.send(request(endpoint, args)));
    }

    /** Runs one call of prepared arguments asynchronously. */
    public <R> CompletableFuture<R> callWithAsync(Endpoint<?, R> endpoint, CallArgs args) {
        return sendAsync(() -> request(endpoint, args), r -> handle(endpoint, args, r));
    }

    /**
     * Every item of a list, page by page as iteration reaches it ({@link PagedIterable}); the first page is requested
     * when an iteration starts.
     */
    public <P, T> PagedIterable<T> iterate(Endpoint<P, Page<T>> endpoint, @Nullable P params, String... pathValues) {
        CallArgs args = args(endpoint, params, pathValues);
        return PagedIterable.of(() -> callWith(endpoint, args));
    }

    /** Gives a page the way to its next pages: the same call with another page number (or offset). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <R> R attach(Endpoint<?, R> endpoint, CallArgs args, R value) {
        Paging paging = endpoint.paging();
        if (paging == null || !(value instanceof Page<?> page)) {
            return value;
        }
        String requested = first(args, paging.pageParam());
        String size = first(args, paging.sizeParam());
        int number = requested == null ? paging.firstPage() : Integer.parseInt(requested);
        int requestedSize = size == null ? paging.defaultSize() : Integer.parseInt(size);
        Endpoint<?, Page<?>> e = (Endpoint) endpoint;
        PageFetcher fetcher = new PageFetcher() {
            @Override
            public Page fetch(int pageOrOffset) {
                return callWith(e, args.withQuery(paging.pageParam(), Integer.toString(pageOrOffset)));
            }

            @Override
            public CompletableFuture<Page> fetchAsync(int pageOrOffset) {
                return (CompletableFuture)
                        callWithAsync(e, args.withQuery(paging.pageParam(), Integer.toString(pageOrOffset)));
            }
        };
        return (R) ((Page) page).attach(fetcher, number, requestedSize);
    }

    private static @Nullable String first(CallArgs args, String name) {
        List<String> values = args.query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Builds and sends a request without ever throwing to the caller: a failure to build it, or a transport that
     * throws instead of failing its future, becomes a failed future too. Cancelling the returned future cancels the
     * transport's.
     */
    <T> CompletableFuture<T> sendAsync(Supplier<HttpRequest> request, Function<HttpResponse, T> handler) {
        CompletableFuture<HttpResponse> sent;
        try {
            sent = transport.sendAsync(request.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new CompletionException(e));
        }
        CallResult<T> result = new CallResult<>(sent, handler);
        sent.whenComplete(result);
        return result;
    }

    /**
     * The caller's future: what {@code sent.thenApply(handler)} gives, plus the cancel that a dependent future does
     * not pass on to its source, in one completion stage instead of two (every async call goes through here).
     * Failures are wrapped in {@link CompletionException} exactly as {@code thenApply} wraps them.
     */
    private static final class CallResult<T> extends CompletableFuture<T>
            implements BiConsumer<HttpResponse, Throwable> {
        private final CompletableFuture<HttpResponse> sent;
        private final Function<HttpResponse, T> handler;

        CallResult(CompletableFuture<HttpResponse> sent, Function<HttpResponse, T> handler) {
            this.sent = sent;
            this.handler = handler;
        }

        /** The exchange ended: decode its response, or pass its failure on. */
        @Override
        public void accept(@Nullable HttpResponse response, @Nullable Throwable failure) {
            if (failure != null) {
                completeExceptionally(wrapped(failure));
                return;
            }
            T value;
            try {
                value = handler.apply(response);
            } catch (Throwable decodingOrStatus) {
                completeExceptionally(wrapped(decodingOrStatus));
                return;
            }
            complete(value);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                sent.cancel(true);
            }
            return cancelled;
        }

        private static Throwable wrapped(Throwable failure) {
            return failure instanceof CompletionException ? failure : new CompletionException(failure);
        }
    }

    /** The typed exception for a non-2xx response. */
    VobizException error(HttpResponse response, CredentialScope scope) {
        String hint = null;
        if (scope == CredentialScope.PARTNER && !config.credentials().isPartner()) {
            hint = "This is a partner endpoint and needs partner credentials (an auth id starting with PA_), "
                    + "but the client uses " + config.credentials().authId();
        }
        return ErrorMapper.toException(response, hint, secrets, Instant.now());
    }

    HttpRequest.Builder newRequest(
            String path, Map<String, List<String>> query, byte @Nullable [] body, boolean idempotent) {
        return newRequest(uri(path, query), body, idempotent);
    }

    private HttpRequest.Builder newRequest(URI uri, byte @Nullable [] body, boolean idempotent) {
        HttpRequest.Builder b = HttpRequest.builder()
                .uri(uri)
                .headers(body == null ? commonHeaders : jsonBodyHeaders)
                .idempotent(idempotent);
        if (body != null) {
            b.body(body);
        }
        return b;
    }

    /** The absolute URI of a path (which may carry an inline query) and query parameters, percent-encoded. */
    private URI uri(String path, Map<String, List<String>> query) {
        int q = path.indexOf('?');
        StringBuilder url = new StringBuilder(baseUrl.length() + path.length() + 32).append(baseUrl);
        if (q < 0) {
            appendEncoded(url, path, false);
        } else {
            appendEncoded(url, path.substring(0, q), false);
            url.append('?');
            appendEncoded(url, path.substring(q + 1), true);
        }
        char sep = q >= 0 ? '&' : '?';
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String v : e.getValue()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return URI.create(url.toString());
    }

    private static String expand(String template, Map<String, String> params) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = params.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("missing path parameter '" + name + "' for " + template);
            }
            sb.append(template, i, open).append(encode(value));
            i = close + 1;
        }
        return sb.toString();
    }

    /**
     * Appends a caller-written path (or inline query) percent-encoding what a URI may not contain, while keeping
     * existing {@code %XX} escapes. A {@code +} in a path is sent as {@code %2B}: the API reads E.164 numbers in paths
     * that way (docs/api-digest.md §1.1), and some servers would otherwise decode it as a space.
     */
    private static void appendEncoded(StringBuilder out, String s, boolean inQuery) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            boolean plain = b < 0x80
                    && (Character.isLetterOrDigit(b)
                            || "-._~!$&'()*,;=:@/".indexOf(b) >= 0
                            || (inQuery && (b == '?' || b == '+')));
            if (plain || escape) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    /** Query component encoding: {@code +} becomes {@code %2B} and a space {@code %20}, which no server misreads. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
