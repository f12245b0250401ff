package ai.vobiz.client;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Test double for core's own unit tests: answers every request with a function of it and records requests. */
final class StubTransport implements HttpTransport {
    final List<HttpRequest> requests = new CopyOnWriteArrayList<>();
    private final Function<HttpRequest, HttpResponse> responder;

    StubTransport(Function<HttpRequest, HttpResponse> responder) {
        this.responder = responder;
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
}
