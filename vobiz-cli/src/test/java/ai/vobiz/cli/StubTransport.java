package ai.vobiz.cli;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Answers every request with a function of it (a response, or a thrown failure) and records the requests. */
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
