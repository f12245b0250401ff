package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Json;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake's accounts and partners share: a credential and the JSON object the API renders for them, in the
 * documented field order. Immutable, so the rendered bytes are computed once.
 */
public abstract sealed class FakeEntity permits FakeAccount, FakePartner {
    final String authToken;
    final ObjectNode json;
    private volatile byte[] wire;

    FakeEntity(String authToken, ObjectNode json) {
        this.authToken = authToken;
        this.json = json;
    }

    public String authId() {
        return json.get("auth_id").asString();
    }

    public String authToken() {
        return authToken;
    }

    /** A copy of the JSON object as served. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** The JSON object as served; shared and never modified, so it can be written concurrently. */
    ObjectNode sharedJson() {
        return json;
    }

    /** The served body, serialised once; shared, so callers must not modify it. */
    byte[] wireBytes() {
        byte[] b = wire;
        if (b == null) {
            b = Json.bytes(json);
            wire = b;
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && authToken.equals(((FakeEntity) o).authToken)
                && json.equals(((FakeEntity) o).json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authToken, json);
    }
}
