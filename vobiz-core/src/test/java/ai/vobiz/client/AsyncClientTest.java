package ai.vobiz.client;

import static ai.vobiz.Examples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncClientTest {

    static VobizAsyncClient async(HttpTransport t, String authId) {
        return VobizClient.builder()
                .credentials(authId, "tok_async_secret")
                .transport(t)
                .buildAsync();
    }

    /** The cause a failed future carries, whichever way it is read. */
    static Throwable failureOf(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        Throwable viaJoin = catchThrowable(future::join);
        assertThat(viaJoin).isInstanceOf(CompletionException.class);
        Throwable viaGet = catchThrowable(() -> future.get(1, TimeUnit.SECONDS));
        assertThat(viaGet).isInstanceOf(ExecutionException.class);
        assertThat(viaGet.getCause()).isSameAs(viaJoin.getCause());
        // A dependent stage sees it wrapped, as it would behind any thenApply.
        Throwable viaStage = future.handle((value, failure) -> failure).join();
        assertThat(viaStage).isInstanceOf(CompletionException.class);
        assertThat(viaStage.getCause()).isSameAs(viaJoin.getCause());
        return viaJoin.getCause();
    }

    @Test
    void typedEndpointsCompleteWithModels() {
        Account a = async(StubTransport.answering(200, bytes("account-retrieve.json")), "MA_X")
                .account()
                .retrieve()
                .join();
        assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
        PartnerProfile p = async(StubTransport.answering(200, bytes("partner-me.json")), "PA_X")
                .partner()
                .profile()
                .join();
        assertThat(p.balance()).isEqualTo(new BigDecimal("23906.83000"));
        RawResponse r = async(StubTransport.answering(200, "{\"ok\":true}"), "MA_X")
                .raw()
                .send(RawRequest.get("/api/v1/anything").build())
                .join();
        assertThat(r.json().get("ok").booleanValue()).isTrue();
    }

    @Test
    void syncAndAsyncSendTheSameRequestFromTheSameDeclaration() {
        StubTransport t = StubTransport.answering(200, bytes("account-retrieve.json"));
        VobizClient client = VobizClient.builder()
                .credentials("MA_X", "tok_async_secret")
                .transport(t)
                .build();
        client.account().retrieve();
        client.async().account().retrieve().join();
        assertThat(t.requests).hasSize(2);
        assertThat(t.requests.get(1)).isEqualTo(t.requests.get(0));
        assertThat(client.async().sync()).isSameAs(client);
        assertThat(client.async().config()).isSameAs(client.config());
    }

    @Test
    void apiErrorsFailTheFutureWithTypedExceptions() {
        StubTransport t = StubTransport.answering(401, bytes("account-retrieve.error-401.json"));
        assertThat(failureOf(async(t, "MA_X").account().retrieve())).isInstanceOf(AuthenticationException.class);
        assertThat(failureOf(async(t, "MA_X").partner().profile()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("PA_");
        StubTransport down = StubTransport.answering(503, "");
        assertThat(failureOf(async(down, "MA_X").raw().send(RawRequest.get("/x").build())))
                .isInstanceOf(ServerException.class);
    }

    @Test
    void transportFailuresFailTheFutureWithTheTransportsTypedException() {
        TimeoutExceededException timeout = new TimeoutExceededException(
                TimeoutExceededException.Phase.READ, Duration.ofMillis(200), "read timed out", null);
        assertThat(failureOf(
                        async(StubTransport.failing(timeout), "MA_X").account().retrieve()))
                .isSameAs(timeout);
        CircuitOpenException open = new CircuitOpenException("circuit open", Duration.ofSeconds(30));
        assertThat(failureOf(
                        async(StubTransport.failing(open), "MA_X").account().retrieve()))
                .isSameAs(open);
    }

    @Test
    void theSyncFacadeThrowsTheSameExceptionUnwrapped() {
        ConnectFailedException refused = new ConnectFailedException("connection refused", new ConnectException());
        VobizClient client = VobizClient.builder()
                .credentials("MA_X", "tok_async_secret")
                .transport(StubTransport.failing(refused))
                .build();
        assertThatThrownBy(() -> client.account().retrieve()).isSameAs(refused);
        assertThatThrownBy(() -> client.raw().send(RawRequest.get("/x").build()))
                .isSameAs(refused);
    }

    @Test
    void undecodableBodiesFailTheFutureWithDecodingException() {
        StubTransport t = StubTransport.answering(200, "<html>surprise</html>");
        assertThat(failureOf(async(t, "MA_X").account().retrieve())).isInstanceOf(DecodingException.class);
    }

    @Test
    void aTransportThatThrowsInsteadOfFailingStillYieldsAFailedFuture() {
        IllegalStateException boom = new IllegalStateException("transport bug");
        HttpTransport throwing = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                throw boom;
            }
        };
        assertThat(failureOf(async(throwing, "MA_X").account().retrieve())).isSameAs(boom);
        assertThat(failureOf(
                        async(throwing, "MA_X").raw().send(RawRequest.get("/x").build())))
                .isSameAs(boom);
    }

    @Test
    void cancellingTheCallCancelsTheTransportsExchange() {
        CompletableFuture<HttpResponse> pending = new CompletableFuture<>();
        HttpTransport hanging = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                return pending;
            }
        };
        CompletableFuture<Account> call = async(hanging, "MA_X").account().retrieve();
        assertThat(call).isNotDone();
        call.cancel(true);
        assertThat(pending).isCancelled();

        CompletableFuture<HttpResponse> pendingRaw = new CompletableFuture<>();
        HttpTransport hangingRaw = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                return pendingRaw;
            }
        };
        async(hangingRaw, "MA_X").raw().send(RawRequest.get("/x").build()).cancel(true);
        assertThat(pendingRaw).isCancelled();
    }

    @Test
    void aCancelledExchangeCancelsTheCall() {
        CompletableFuture<HttpResponse> pending = new CompletableFuture<>();
        HttpTransport hanging = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                return pending;
            }
        };
        CompletableFuture<Account> call = async(hanging, "MA_X").account().retrieve();
        pending.cancel(true);
        assertThat(call).isCompletedExceptionally();
    }
}
