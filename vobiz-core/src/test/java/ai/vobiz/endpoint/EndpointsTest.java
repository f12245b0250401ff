package ai.vobiz.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.partner.BalanceTransfer;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.paging.Paging;
import ai.vobiz.port.transport.HttpMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void theDeclarationsSayWhatTheDocsSay() {
        assertThat(Endpoints.RETRIEVE_ACCOUNT.method()).isEqualTo(HttpMethod.GET);
        assertThat(Endpoints.RETRIEVE_ACCOUNT.pathTemplate()).isEqualTo("/api/v1/auth/me");
        assertThat(Endpoints.RETRIEVE_ACCOUNT.idempotent()).isTrue();
        assertThat(Endpoints.RETRIEVE_ACCOUNT.scope()).isEqualTo(CredentialScope.ACCOUNT);
        assertThat(Endpoints.RETRIEVE_ACCOUNT.responseType()).isEqualTo(Account.class);
        assertThat(Endpoints.PARTNER_PROFILE.responseType()).isEqualTo(PartnerProfile.class);
        assertThat(Endpoints.PARTNER_PROFILE.scope()).isEqualTo(CredentialScope.PARTNER);

        assertThat(Endpoints.LIST_CUSTOMERS.paging()).isSameAs(Paging.PARTNER_CUSTOMERS);
        assertThat(Endpoints.LIST_CUSTOMERS.responseType()).isEqualTo(Customer.class);
        assertThat(Endpoints.LIST_CUSTOMERS.hasBody()).isFalse();

        Endpoint<TransferBalanceRequest, BalanceTransfer> transfer = Endpoints.TRANSFER_BALANCE;
        assertThat(transfer.method()).isEqualTo(HttpMethod.POST);
        assertThat(transfer.idempotent()).as("a transfer is never re-sent").isFalse();
        assertThat(transfer.pathParams()).containsExactly("customer_auth_id");
        assertThat(transfer.hasBody()).isTrue();
    }

    @Test
    void allListsEveryPublicDeclarationOnceWithUniqueIdsAndRoutes() throws IllegalAccessException {
        List<Endpoint<?, ?>> fields = new ArrayList<>();
        for (Field f : Endpoints.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Endpoint.class) {
                fields.add((Endpoint<?, ?>) f.get(null));
            }
        }
        assertThat(Endpoints.all()).containsExactlyElementsOf(fields).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Endpoints.all().stream().map(Endpoint::operationId)).doesNotHaveDuplicates();
        assertThat(Endpoints.all().stream().map(e -> e.method() + " " + e.pathTemplate()))
                .doesNotHaveDuplicates();
        assertThat(Endpoints.all().stream().map(Endpoint::cliCommand)).doesNotHaveDuplicates();
    }

    @Test
    void declarationsAreValidated() {
        assertThatThrownBy(() -> Endpoint.get("x", "no-slash", CredentialScope.ACCOUNT)
                        .returns(Account.class)
                        .cli("x", "x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.get("x", "/a/{id", CredentialScope.ACCOUNT)
                        .returns(Account.class)
                        .cli("x", "x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("placeholder");
        assertThatThrownBy(() -> Endpoint.get("x", "/a", CredentialScope.ACCOUNT)
                        .cli("x", "x")
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("response type");
        Endpoint<NoParams, Account> post = Endpoint.post("p", "/a/{first_id}/b/{second_id}", CredentialScope.PARTNER)
                .returns(Account.class)
                .cli("p", "p")
                .build();
        assertThat(post.idempotent()).isFalse();
        assertThat(post.pathParams()).containsExactly("first_id", "second_id");
        assertThat(post.hasBody()).isFalse();
        assertThat(Endpoint.delete("d", "/a", CredentialScope.PARTNER)
                        .returns(Account.class)
                        .idempotent(true)
                        .cli("d", "d")
                        .build()
                        .idempotent())
                .isTrue();
    }

    @Test
    void callArgs() {
        CallArgs args = CallArgs.builder()
                .path("id", "MA_1")
                .query("page", "1")
                .query("page", "2")
                .body("{}".getBytes())
                .build();
        CallArgs same = CallArgs.builder()
                .path("id", "MA_1")
                .query("page", "1")
                .query("page", "2")
                .body("{}".getBytes())
                .build();
        assertThat(args.pathParams()).containsExactly(Map.entry("id", "MA_1"));
        assertThat(args.query()).containsEntry("page", List.of("1", "2"));
        assertThat(args).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(args)
                .isNotEqualTo(CallArgs.builder()
                        .path("id", "MA_1")
                        .body("{}".getBytes())
                        .build());
        assertThat(args.withQuery("page", "3").query()).containsEntry("page", List.of("3"));
        assertThat(args.query()).containsEntry("page", List.of("1", "2"));
        assertThat(CallArgs.none().body()).isNull();
        assertThat(args.toString()).contains("page").doesNotContain("{}");
    }
}
