package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRegistry;
import ai.vobiz.testkit.journal.RecordedRequest;
import ai.vobiz.testkit.journal.RequestJournal;
import ai.vobiz.testkit.state.FakeAccount;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's request pipeline, shared by the HTTP server and the in-process transport: assigns a request id, records
 * the request in the journal, picks a fault, checks credentials, routes, and renders errors in documented shapes.
 * Admin requests ({@code /__admin/…}) skip the journal, the faults and the credential check.
 */
public final class FakeApi {
    /** Body of the {@link Fault.MalformedJson} fault: JSON cut off in the middle of an object. */
    public static final String MALFORMED_JSON = "{\"type\":\"account\",\"id\":\"500000\",\"name\":";

    private static final Logger LOG = LoggerFactory.getLogger(FakeApi.class);

    private final FakeState state;
    private final RequestJournal journal;
    private final FaultRegistry faults;
    private final Router api;
    private final Router admin;

    public FakeApi(FakeState state, RequestJournal journal, FaultRegistry faults, Router api, Router admin) {
        this.state = state;
        this.journal = journal;
        this.faults = faults;
        this.api = api;
        this.admin = admin;
    }

    /**
     * The standard API routes over this state: one per core declaration ({@code Endpoints.all()}), plus the fake's own
     * echo routes under {@code /__test}.
     */
    public static Router standardRoutes(FakeState state) {
        return new Router()
                .addAll(AccountRoutes.routes(state))
                .addAll(PartnerRoutes.routes(state))
                .addAll(CustomerRoutes.routes(state))
                .addAll(PartnerAccessRoutes.routes(state))
                // CDRs, dashboard and analytics
                .addAll(CdrRoutes.routes(state))
                .addAll(DashboardRoutes.routes(state))
                .addAll(LedgerRoutes.routes(state)) // a customer, its ledger; the global ledger
                .addAll(NumberRoutes.routes(state)) // customers' numbers
                .addAll(EchoRoutes.routes());
    }

    public Router apiRouter() {
        return api;
    }

    /** Decides the outcome of one request. Never throws. */
    public Outcome handle(FakeRequest request) {
        String requestId = newRequestId();
        Instant at = state.now();
        if (isAdmin(request.rawPath())) {
            return new Outcome(withId(route(admin, request, requestId, at, false), requestId), null, requestId);
        }
        String path = request.path();
        journal.record(
                new RecordedRequest(request.method(), path, request.query(), request.headers(), request.body(), at));
        Optional<Fault> fault = faults.next(request.method(), path);
        if (fault.isEmpty()) {
            return new Outcome(withId(route(api, request, requestId, at, true), requestId), null, requestId);
        }
        Fault f = fault.get();
        if (f instanceof Fault.Respond r) {
            return new Outcome(withId(respond(r, requestId, at), requestId), null, requestId);
        }
        if (f instanceof Fault.MalformedJson) {
            return new Outcome(
                    withId(FakeResponse.text(200, "application/json", MALFORMED_JSON), requestId), null, requestId);
        }
        if (f instanceof Fault.HtmlErrorPage h) {
            FakeResponse page = FakeResponse.text(h.status(), "text/html; charset=utf-8", htmlPage(h.status()));
            return new Outcome(withId(page, requestId), null, requestId);
        }
        if (f instanceof Fault.Redirect r) {
            FakeResponse redirect = new FakeResponse(r.status(), HttpHeaders.of("Location", r.location()), null);
            return new Outcome(withId(redirect, requestId), null, requestId);
        }
        if (f instanceof Fault.OversizedBody) {
            FakeResponse head = new FakeResponse(200, HttpHeaders.of("Content-Type", "application/json"), null);
            return new Outcome(withId(head, requestId), f, requestId);
        }
        // Delivery faults (Delay, StallBody, TruncateBody, CloseConnection): the handler runs, so the server acts on
        // the request, and only then is delivery disturbed.
        return new Outcome(withId(route(api, request, requestId, at, true), requestId), f, requestId);
    }

    /** Whether a raw path is under {@code /__admin}. */
    static boolean isAdmin(String rawPath) {
        return rawPath.equals(AdminRoutes.PREFIX) || rawPath.startsWith(AdminRoutes.PREFIX + "/");
    }

    private FakeResponse route(Router router, FakeRequest request, String requestId, Instant at, boolean authenticate) {
        Router.Resolution res = router.resolve(request.method(), request.rawPath());
        if (res instanceof Router.NotFound) {
            return ErrorBodies.envelope(
                    404, "NOT_FOUND", "No endpoint at " + request.method() + " " + request.path(), requestId, at);
        }
        if (res instanceof Router.MethodNotAllowed m) {
            String allow = String.join(", ", m.allowed());
            return ErrorBodies.envelope(
                            405,
                            "METHOD_NOT_ALLOWED",
                            "Method " + request.method() + " is not allowed on " + request.path() + "; allowed: "
                                    + allow,
                            requestId,
                            at)
                    .withHeader("Allow", allow);
        }
        Router.Found found = (Router.Found) res;
        Route route = found.route();
        Caller caller = Caller.ANONYMOUS;
        if (authenticate && route.access() != Access.PUBLIC) {
            caller = authenticate(request);
            if (caller == null) {
                return ErrorBodies.unauthorized();
            }
            FakeResponse denied = checkKind(route.access(), caller, requestId, at);
            if (denied != null) {
                return denied;
            }
        }
        try {
            return route.handle(new Route.Call(request, caller, found.pathParams(), requestId, at));
        } catch (RuntimeException e) {
            LOG.warn("Handler for {} {} failed", request.method(), request.path(), e);
            return ErrorBodies.envelope(500, "INTERNAL_ERROR", "The fake server failed: " + e, requestId, at);
        }
    }

    private static @Nullable FakeResponse checkKind(Access access, Caller caller, String requestId, Instant at) {
        if (access == Access.ACCOUNT && caller.kind() != Caller.Kind.ACCOUNT) {
            return ErrorBodies.envelope(
                    403,
                    "FORBIDDEN",
                    "This endpoint needs main-account credentials (MA_...); partner credentials were sent",
                    requestId,
                    at);
        }
        if (access == Access.PARTNER && caller.kind() != Caller.Kind.PARTNER) {
            return ErrorBodies.envelope(
                    403,
                    "FORBIDDEN",
                    "This endpoint needs partner credentials (PA_...); main-account credentials were sent",
                    requestId,
                    at);
        }
        return null;
    }

    /** The caller whose X-Auth-ID and X-Auth-Token match, or null. */
    @Nullable
    Caller authenticate(FakeRequest request) {
        String id = request.headers().firstValue("X-Auth-ID").orElse(null);
        String token = request.headers().firstValue("X-Auth-Token").orElse(null);
        if (id == null || token == null) {
            return null;
        }
        Optional<FakeAccount> account = state.account(id);
        if (account.isPresent() && sameSecret(account.get().authToken(), token)) {
            return new Caller(Caller.Kind.ACCOUNT, id);
        }
        Optional<FakePartner> partner = state.partner(id);
        if (partner.isPresent() && sameSecret(partner.get().authToken(), token)) {
            return new Caller(Caller.Kind.PARTNER, id);
        }
        return null;
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static FakeResponse respond(Fault.Respond r, String requestId, Instant at) {
        FakeResponse base = r.body() == null
                ? ErrorBodies.forStatus(r.status(), requestId, at)
                : new FakeResponse(
                        r.status(),
                        HttpHeaders.of("Content-Type", "application/json"),
                        r.body().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            base = base.withHeader(h.getKey(), h.getValue());
        }
        return base;
    }

    private static String htmlPage(int status) {
        return "<!DOCTYPE html>\n<html><head><title>" + status + " Error</title></head>"
                + "<body><h1>" + status + " Error</h1><p>The upstream server returned an error.</p>"
                + "<hr><center>nginx</center></body></html>\n";
    }

    private static FakeResponse withId(FakeResponse response, String requestId) {
        return response.withHeader("X-Request-Id", requestId);
    }

    private static String newRequestId() {
        return String.format("req_%012x", ThreadLocalRandom.current().nextLong() & 0xffffffffffffL);
    }
}
