package ai.vobiz.transport.netty.reactive;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.RawResponse;
import ai.vobiz.client.VobizClient;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Any endpoint as a {@link Mono}, for what the SDK does not type yet. It runs core's asynchronous raw call (same
 * request building, credentials and error mapping as {@code client.raw()}); disposing the subscription cancels it.
 */
public final class ReactiveRawApi {
    private final VobizClient client;

    ReactiveRawApi(VobizClient client) {
        this.client = client;
    }

    /** Sends the request on subscription; non-2xx statuses fail with the typed {@link ai.vobiz.error.ApiException}s. */
    public Mono<RawResponse> send(RawRequest request) {
        Objects.requireNonNull(request, "request");
        return Mono.fromFuture(() -> client.async().raw().send(request), false);
    }
}
