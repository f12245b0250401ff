package ai.vobiz.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.testkit.state.FakeSeed;
import ai.vobiz.testkit.state.FakeState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fake serves exactly what core declares: every endpoint of {@code Endpoints.all()} has a route registered under
 * it, and every route of the standard table serves a declaration, except the fake's own routes. The rule for those is
 * explicit: a route without a declaration must live under {@code /__} ({@code /__test/echo}; the admin API has a router
 * of its own), a namespace the real API does not use.
 */
class RoutesMatchDeclarationsTest {
    /** The prefix of the fake's own paths, which need no declaration. */
    static final String FAKE_ONLY = "/__";

    /** What is wrong between a route table and the declarations; empty when they match. */
    static List<String> mismatches(List<Route> routes, List<Endpoint<?, ?>> declared) {
        List<String> problems = new ArrayList<>();
        for (Endpoint<?, ?> e : declared) {
            List<Route> serving = routes.stream().filter(r -> r.endpoint() == e).toList();
            if (serving.size() != 1) {
                problems.add(e + " is declared but served by " + serving.size() + " routes");
            }
        }
        for (Route r : routes) {
            Endpoint<?, ?> e = r.endpoint();
            if (e == null) {
                if (!r.pattern().startsWith(FAKE_ONLY)) {
                    problems.add(r + " serves an API path that is not declared");
                }
            } else if (!declared.contains(e)) {
                problems.add(r + " serves " + e + ", which Endpoints.all() does not list");
            } else if (!r.method().equals(e.method().name()) || !r.pattern().equals(e.pathTemplate())) {
                problems.add(r + " does not match its declaration " + e);
            }
        }
        return problems;
    }

    static List<Route> standardTable() {
        return FakeApi.standardRoutes(new FakeState(FakeSeed.demo())).routes();
    }

    @Test
    void everyDeclaredEndpointHasARouteAndEveryApiRouteIsDeclared() {
        assertThat(Endpoints.all()).isNotEmpty();
        assertThat(mismatches(standardTable(), Endpoints.all())).isEmpty();
    }

    @Test
    void theCheckFailsForAMissingRoute() {
        List<Route> routes = new ArrayList<>(standardTable());
        routes.removeIf(r -> r.endpoint() == Endpoints.TRANSFER_BALANCE);
        assertThat(mismatches(routes, Endpoints.all()))
                .containsExactly(Endpoints.TRANSFER_BALANCE + " is declared but served by 0 routes");
    }

    @Test
    void theCheckFailsForAnUndeclaredApiRoute() {
        List<Route> routes = new ArrayList<>(standardTable());
        routes.add(Route.of("GET", "/api/v1/partner/dashboard", Access.PARTNER, call -> null));
        assertThat(mismatches(routes, Endpoints.all()))
                .singleElement()
                .asString()
                .contains("/api/v1/partner/dashboard")
                .contains("not declared");
    }

    @Test
    void theCheckFailsForARouteOfADeclarationCoreDoesNotList() {
        Endpoint<?, ?> stray = Endpoint.get("stray", "/api/v1/stray", CredentialScope.ACCOUNT)
                .returns(ai.vobiz.domain.Account.class)
                .cli("stray", "Not listed.")
                .build();
        List<Route> routes = new ArrayList<>(standardTable());
        routes.add(Route.of(stray, Access.ACCOUNT, call -> null));
        assertThat(mismatches(routes, Endpoints.all()))
                .singleElement()
                .asString()
                .contains("does not list");
        // And a declaration without a route, the other way round.
        List<Endpoint<?, ?>> more = new ArrayList<>(Endpoints.all());
        more.add(stray);
        assertThat(mismatches(standardTable(), more)).singleElement().asString().contains("served by 0 routes");
    }

    @Test
    void aRouteTakesMethodAndPathFromItsDeclarationAndChecksTheCredentials() {
        Route r = Route.of(Endpoints.TRANSFER_BALANCE, Access.PARTNER, call -> null);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.pattern()).isEqualTo(Endpoints.TRANSFER_BALANCE.pathTemplate());
        assertThat(r.endpoint()).isSameAs(Endpoints.TRANSFER_BALANCE);
        assertThatThrownBy(() -> Route.of(Endpoints.TRANSFER_BALANCE, Access.ACCOUNT, call -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARTNER");
        assertThatThrownBy(() -> Route.of(Endpoints.RETRIEVE_ACCOUNT, Access.PUBLIC, call -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
