package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.testkit.state.FakeState;
import java.util.List;

/** Account endpoints (main-account credentials): {@link Endpoints#RETRIEVE_ACCOUNT}. */
public final class AccountRoutes {
    private AccountRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(Route.of(
                Endpoints.RETRIEVE_ACCOUNT,
                Access.ACCOUNT,
                call -> state.account(call.caller().authId())
                        .map(a -> FakeResponse.json(200, FakeState.wire(a)))
                        .orElseGet(ErrorBodies::unauthorized)));
    }
}
