package ai.vobiz.testkit.conformance;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** How a conformance check calls the transport: blocking {@code send}, or {@code sendAsync} and then wait. */
public enum Mode {
    SYNC,
    ASYNC;

    /** Sends with this mode; failures surface unwrapped either way (see {@link HttpTransport#await}). */
    public HttpResponse send(HttpTransport transport, HttpRequest request) {
        return this == SYNC ? transport.send(request) : HttpTransport.await(transport.sendAsync(request));
    }

    /** Runs the synchronous or the asynchronous form of a client call. */
    public <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
        return this == SYNC ? sync.get() : HttpTransport.await(async.get());
    }
}
