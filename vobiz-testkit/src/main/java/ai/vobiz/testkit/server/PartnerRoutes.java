package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.testkit.state.FakeState;
import java.util.List;

/**
 * Partner endpoints (partner credentials): {@link Endpoints#PARTNER_PROFILE} here, the customer endpoints in
 * {@link CustomerRoutes}.
 */
public final class PartnerRoutes {
    private PartnerRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(Route.of(
                Endpoints.PARTNER_PROFILE,
                Access.PARTNER,
                call -> state.partner(call.caller().authId())
                        .map(p -> FakeResponse.json(200, FakeState.wire(p)))
                        .orElseGet(ErrorBodies::unauthorized)));
    }
}
