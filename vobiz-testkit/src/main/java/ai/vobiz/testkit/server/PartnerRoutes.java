package ai.vobiz.testkit.server;

import ai.vobiz.testkit.state.FakeState;
import java.util.List;

/** Partner endpoints (partner credentials): {@code GET /api/v1/partner/me}. */
public final class PartnerRoutes {
    private PartnerRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(Route.of(
                "GET",
                "/api/v1/partner/me",
                Access.PARTNER,
                call -> state.partner(call.caller().authId())
                        .map(p -> FakeResponse.json(200, FakeState.wire(p)))
                        .orElseGet(ErrorBodies::unauthorized)));
    }
}
