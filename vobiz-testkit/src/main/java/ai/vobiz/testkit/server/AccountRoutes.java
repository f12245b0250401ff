package ai.vobiz.testkit.server;

import ai.vobiz.testkit.state.FakeState;
import java.util.List;

/** Account endpoints (main-account credentials): {@code GET /api/v1/auth/me}. */
public final class AccountRoutes {
    private AccountRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(Route.of(
                "GET",
                "/api/v1/auth/me",
                Access.ACCOUNT,
                call -> state.account(call.caller().authId())
                        .map(a -> FakeResponse.json(200, FakeState.wire(a)))
                        .orElseGet(ErrorBodies::unauthorized)));
    }
}
