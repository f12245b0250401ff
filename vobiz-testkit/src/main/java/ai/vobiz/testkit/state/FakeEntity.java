package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake's accounts, partners and customers share: an auth ID (their key in the store), a credential, and the
 * JSON object the API renders for them. The token never appears in {@link #toString()}.
 */
public abstract sealed class FakeEntity extends FakeRecord permits FakeAccount, FakePartner, FakeCustomer {
    final String authToken;

    FakeEntity(String authToken, ObjectNode json) {
        super(json);
        this.authToken = authToken;
    }

    public String authId() {
        return json.get(Fields.AUTH_ID).asString();
    }

    public String authToken() {
        return authToken;
    }

    public String name() {
        return text(Fields.NAME);
    }

    @Override
    public String key() {
        return authId();
    }

    @Override
    List<@Nullable Object> extra() {
        return Arrays.asList(authToken, parentKey());
    }

    /** The auth ID and name (subclasses add what is useful); never a token or secret. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + authId() + ", name=" + name() + details() + "}";
    }

    String details() {
        return "";
    }

    /**
     * A builder of an entity with credentials: {@code auth_id} and {@code auth_token} besides the API fields.
     *
     * @param <B> the concrete builder
     * @param <E> what it builds
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends FakeEntity>
            extends FakeRecord.Builder<B, E> {
        String authToken;

        Builder(ObjectNode json, String authToken) {
            super(json);
            this.authToken = authToken;
        }

        public B authId(String authId) {
            requireNonBlank(authId, "authId");
            json.put(Fields.AUTH_ID, authId);
            return self();
        }

        public B authToken(String authToken) {
            requireNonBlank(authToken, "authToken");
            this.authToken = authToken;
            return self();
        }

        public B name(String name) {
            json.put(Fields.NAME, Objects.requireNonNull(name, "name"));
            return self();
        }

        /** An {@code auth_token} field sets the token. */
        @Override
        boolean special(String name, JsonNode value) {
            if (name.equals(Fields.AUTH_TOKEN)) {
                authToken(value.asString());
                return true;
            }
            return false;
        }
    }

    /**
     * The fields of a seed or admin entry, once checked to carry {@code auth_id} and {@code auth_token}.
     *
     * @throws IllegalArgumentException naming the missing field
     */
    static ObjectNode credentials(ObjectNode fields, String what) {
        for (String key : List.of(Fields.AUTH_ID, Fields.AUTH_TOKEN)) {
            JsonNode v = fields.get(key);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw new IllegalArgumentException(what + " field '" + key + "' is required and must be a string");
            }
        }
        return fields;
    }

    static void requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
