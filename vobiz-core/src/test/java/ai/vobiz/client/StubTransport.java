package ai.vobiz.client;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Test double for core's own unit tests: answers every request with a function of it and records requests. */
final class StubTransport implements HttpTransport {
    final List<HttpRequest> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger closed = new AtomicInteger();
    private final Function<HttpRequest, HttpResponse> responder;

    StubTransport(Function<HttpRequest, HttpResponse> responder) {
        this.responder = responder;
    }

    /** Always answers with this status, headers and body. */
    static StubTransport answering(int status, HttpHeaders headers, byte[] body) {
        return new StubTransport(r -> HttpResponse.of(status, headers, body));
    }

    static StubTransport answering(int status, byte[] body) {
        return answering(status, HttpHeaders.empty(), body);
    }

    static StubTransport answering(int status, String body) {
        return answering(status, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Fails every call's future with this exception. */
    static StubTransport failing(RuntimeException failure) {
        return new StubTransport(r -> {
            throw failure;
        });
    }

    HttpRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        requests.add(request);
        try {
            return CompletableFuture.completedFuture(responder.apply(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String name() {
        return "stub";
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }
}
