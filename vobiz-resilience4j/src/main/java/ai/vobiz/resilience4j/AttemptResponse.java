package ai.vobiz.resilience4j;

import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import java.util.Objects;

/**
 * A response together with the request whose attempt produced it. Retry libraries (Resilience4j among them) show
 * their predicates only the result, while {@link RetryPolicy} decides with the request in hand (its idempotency): a
 * transport that shares one retry across calls feeds it these.
 */
public record AttemptResponse(HttpRequest request, HttpResponse response) {
    public AttemptResponse {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
    }
}
