package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoint;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A {@link Route} from a lambda. */
final class SimpleRoute implements Route {
    private final String method;
    private final String pattern;
    private final Access access;
    private final Function<Call, FakeResponse> handler;
    private final @Nullable Endpoint<?, ?> endpoint;

    SimpleRoute(
            String method,
            String pattern,
            Access access,
            Function<Call, FakeResponse> handler,
            @Nullable Endpoint<?, ?> endpoint) {
        this.method = Objects.requireNonNull(method, "method");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.access = Objects.requireNonNull(access, "access");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.endpoint = endpoint;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public @Nullable Endpoint<?, ?> endpoint() {
        return endpoint;
    }

    @Override
    public FakeResponse handle(Call call) {
        return handler.apply(call);
    }

    @Override
    public String toString() {
        return method + " " + pattern + (endpoint == null ? "" : " (" + endpoint.operationId() + ")");
    }
}
