package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint of the fake: a method, a path pattern (segments like {@code {auth_id}} capture path parameters), the
 * credentials it accepts, the handler, and the core declaration it serves. An API route is registered under its
 * declaration ({@link #of(Endpoint, Access, Function)}), so its method and path are never typed twice; only the fake's
 * own routes, under {@code /__} ({@code /__test/echo}, {@code /__admin/…}), have no declaration.
 */
public interface Route {

    /** The HTTP method served, upper case. */
    String method();

    /** The path pattern, e.g. {@code /api/v1/partner/accounts/{customer_auth_id}/transfer-balance}. */
    String pattern();

    /** The credentials accepted. */
    Access access();

    /** The core declaration this route serves, or null for the fake's own routes. */
    default @Nullable Endpoint<?, ?> endpoint() {
        return null;
    }

    /** Produces the response; exceptions become a 500 with the standard error envelope. */
    FakeResponse handle(Call call);

    /**
     * What a handler gets: the request, the authenticated caller, the captured path parameters (decoded) and the
     * server's context.
     *
     * @param request the request
     * @param caller who sent it
     * @param pathParams values of the pattern's {@code {name}} segments, percent-decoded
     * @param requestId the id this response will carry in {@code X-Request-Id}
     * @param receivedAt when it arrived, by the fake's clock (for the timestamps of error bodies)
     */
    record Call(
            FakeRequest request, Caller caller, Map<String, String> pathParams, String requestId, Instant receivedAt) {}

    /** A route of the fake's own (no declaration) from a lambda. */
    static Route of(String method, String pattern, Access access, Function<Call, FakeResponse> h) {
        return new SimpleRoute(method, pattern, access, h, null);
    }

    /**
     * The route serving a core declaration: method and path pattern are the declaration's.
     *
     * @throws IllegalArgumentException when {@code access} contradicts the declaration's credential scope (a partner
     *     endpoint takes {@link Access#PARTNER}; an account endpoint {@link Access#ACCOUNT} or
     *     {@link Access#ANY_CREDENTIALS})
     */
    static Route of(Endpoint<?, ?> endpoint, Access access, Function<Call, FakeResponse> h) {
        Objects.requireNonNull(endpoint, "endpoint");
        boolean fits = endpoint.scope() == CredentialScope.PARTNER
                ? access == Access.PARTNER
                : access == Access.ACCOUNT || access == Access.ANY_CREDENTIALS;
        if (!fits) {
            throw new IllegalArgumentException(
                    endpoint + " is declared for " + endpoint.scope() + " credentials; " + access + " does not fit");
        }
        return new SimpleRoute(endpoint.method().name(), endpoint.pathTemplate(), access, h, endpoint);
    }
}
