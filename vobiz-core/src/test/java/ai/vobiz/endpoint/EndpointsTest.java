package ai.vobiz.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.port.transport.HttpMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void eachEndpointIsDeclaredOnce() throws IllegalAccessException {
        assertThat(Endpoints.RETRIEVE_ACCOUNT.method()).isEqualTo(HttpMethod.GET);
        assertThat(Endpoints.RETRIEVE_ACCOUNT.pathTemplate()).isEqualTo("/api/v1/auth/me");
        assertThat(Endpoints.RETRIEVE_ACCOUNT.idempotent()).isTrue();
        assertThat(Endpoints.RETRIEVE_ACCOUNT.scope()).isEqualTo(CredentialScope.ACCOUNT);
        assertThat(Endpoints.RETRIEVE_ACCOUNT.responseType()).isEqualTo(Account.class.getSimpleName());

        assertThat(Endpoints.PARTNER_PROFILE.method()).isEqualTo(HttpMethod.GET);
        assertThat(Endpoints.PARTNER_PROFILE.pathTemplate()).isEqualTo("/api/v1/partner/me");
        assertThat(Endpoints.PARTNER_PROFILE.idempotent()).isTrue();
        assertThat(Endpoints.PARTNER_PROFILE.scope()).isEqualTo(CredentialScope.PARTNER);
        assertThat(Endpoints.PARTNER_PROFILE.responseType()).isEqualTo(PartnerProfile.class.getSimpleName());

        List<String> keys = new ArrayList<>();
        for (Field f : Endpoints.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Endpoint.class) {
                Endpoint<?> e = (Endpoint<?>) f.get(null);
                keys.add(e.method() + " " + e.pathTemplate());
                keys.add(e.operationId());
            }
        }
        assertThat(keys).hasSize(4).doesNotHaveDuplicates();
        assertThat(new HashSet<>(keys)).contains("GET /api/v1/auth/me", "GET /api/v1/partner/me");
    }

    @Test
    void declarationsAreValidated() {
        assertThatThrownBy(() -> Endpoint.get("x", "no-slash", CredentialScope.ACCOUNT, String.class, b -> ""))
                .isInstanceOf(IllegalArgumentException.class);
        Endpoint<String> post =
                Endpoint.unsafePost("transfer", "/api/v1/t/{id}", CredentialScope.PARTNER, String.class, b -> "");
        assertThat(post.idempotent()).isFalse();
        assertThat(post.method()).isEqualTo(HttpMethod.POST);
    }

    @Test
    void callArgs() {
        CallArgs args = CallArgs.builder()
                .path("id", "MA_1")
                .query("page", "1")
                .query("page", "2")
                .body("{}".getBytes())
                .build();
        assertThat(args.pathParams()).containsExactly(Map.entry("id", "MA_1"));
        assertThat(args.query()).containsEntry("page", List.of("1", "2"));
        assertThat(args)
                .isEqualTo(CallArgs.builder()
                        .path("id", "MA_1")
                        .query("page", "1")
                        .query("page", "2")
                        .body("{}".getBytes())
                        .build());
        assertThat(args.hashCode()).isEqualTo(args.hashCode());
        assertThat(CallArgs.none().body()).isNull();
        assertThat(args.toString()).contains("page").doesNotContain("{}");
    }
}
