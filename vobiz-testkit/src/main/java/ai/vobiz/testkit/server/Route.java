package ai.vobiz.testkit.server;

import java.util.Map;
import java.util.function.Function;

/**
 * One endpoint of the fake: a method, a path pattern (segments like {@code {auth_id}} capture path parameters), the
 * credentials it accepts, and the handler. New endpoints are added as new {@code Route}s beside the state they read
 * and write, and registered on a {@link Router}.
 */
public interface Route {

    /** The HTTP method served, upper case. */
    String method();

    /** The path pattern, e.g. {@code /api/v1/partner/accounts/{account_id}}. */
    String pattern();

    /** The credentials accepted. */
    Access access();

    /** Produces the response; exceptions become a 500 with the standard error envelope. */
    FakeResponse handle(Call call);

    /**
     * What a handler gets: the request, the authenticated caller, the captured path parameters and the server's
     * context (state, request id).
     *
     * @param request the request
     * @param caller who sent it
     * @param pathParams values of the pattern's {@code {name}} segments
     * @param requestId the id this response will carry in {@code X-Request-Id}
     */
    record Call(FakeRequest request, Caller caller, Map<String, String> pathParams, String requestId) {}

    /** A route from a lambda. */
    static Route of(String method, String pattern, Access access, Function<Call, FakeResponse> h) {
        return new Route() {
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
            public FakeResponse handle(Call call) {
                return h.apply(call);
            }

            @Override
            public String toString() {
                return method + " " + pattern;
            }
        };
    }
}
