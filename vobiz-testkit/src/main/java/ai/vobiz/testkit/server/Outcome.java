package ai.vobiz.testkit.server;

import ai.vobiz.testkit.fault.Fault;
import org.jspecify.annotations.Nullable;

/**
 * What the fake decided for one request: the response to deliver and, when a delivery fault applies, how to disturb
 * it. For {@link Fault.OversizedBody} the response carries the status and headers only; the adapter produces the body.
 *
 * @param response status, headers (with {@code X-Request-Id}) and body
 * @param fault the delivery fault, or null to deliver normally
 * @param requestId the request id
 */
public record Outcome(FakeResponse response, @Nullable Fault fault, String requestId) {}
