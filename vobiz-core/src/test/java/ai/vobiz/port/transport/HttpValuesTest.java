package ai.vobiz.port.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ConnectFailedException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class HttpValuesTest {

    @Test
    void headersAreCaseInsensitiveOrderedAndImmutable() {
        HttpHeaders h = HttpHeaders.builder()
                .add("Accept", "application/json")
                .add("X-Multi", "1")
                .add("x-multi", "2")
                .set("User-Agent", "a")
                .set("user-agent", "b")
                .build();
        assertThat(h.firstValue("ACCEPT")).contains("application/json");
        assertThat(h.values("X-MULTI")).containsExactly("1", "2");
        assertThat(h.values("absent")).isEmpty();
        assertThat(h.firstValue("absent")).isEmpty();
        assertThat(h.firstValue("User-Agent")).contains("b");
        assertThat(h.names()).containsExactly("Accept", "X-Multi", "user-agent");
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.toMap()).containsEntry("X-Multi", List.of("1", "2"));
        assertThatThrownBy(() -> h.values("X-Multi").add("3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.toMap().put("k", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(h.newBuilder().remove("x-multi").build().names()).containsExactly("Accept", "user-agent");
        assertThat(h.names()).contains("X-Multi");
        assertThat(HttpHeaders.of("a", "1"))
                .isEqualTo(HttpHeaders.of("A", "1"))
                .hasSameHashCodeAs(HttpHeaders.of("A", "1"));
        assertThat(HttpHeaders.of("a", "1")).isNotEqualTo(HttpHeaders.of("a", "2"));
        assertThat(HttpHeaders.builder().build()).isSameAs(HttpHeaders.empty());
    }

    @Test
    void headersKeepWireOrderAndReplaceInPlace() {
        HttpHeaders h = HttpHeaders.builder()
                .add("A", "1")
                .add("B", "2")
                .add("a", "3")
                .set("b", "4")
                .add("C", "5")
                .build();
        List<String> lines = new java.util.ArrayList<>();
        h.forEach((name, value) -> lines.add(name + ": " + value));
        // set() keeps the header where it first was, under the new spelling; add() keeps every line in order.
        assertThat(lines).containsExactly("A: 1", "b: 4", "a: 3", "C: 5");
        assertThat(h.names()).containsExactly("A", "b", "C");
        assertThat(h.values("a")).containsExactly("1", "3");
        assertThat(h.newBuilder().set("A", "9").build().values("A")).containsExactly("9");
        // Equality is by name (any case) and the values of each name in order, not by line interleaving.
        assertThat(h)
                .isEqualTo(HttpHeaders.of("a", "1", "A", "3", "B", "4", "c", "5"))
                .hasSameHashCodeAs(HttpHeaders.of("a", "1", "A", "3", "B", "4", "c", "5"));
        assertThat(h).isNotEqualTo(HttpHeaders.of("A", "3", "A", "1", "B", "4", "C", "5"));
    }

    @Test
    void requestAndResponseBuildersShareHeadersUntilEdited() {
        HttpHeaders common = HttpHeaders.of("Accept", "application/json");
        HttpRequest plain =
                HttpRequest.builder().uri("https://h/x").headers(common).build();
        assertThat(plain.headers()).isSameAs(common);
        HttpRequest edited = plain.newBuilder().header("X-Extra", "1").build();
        assertThat(edited.headers().names()).containsExactly("Accept", "X-Extra");
        assertThat(plain.headers().names()).containsExactly("Accept");
        HttpResponse response = HttpResponse.builder().headers(common).build();
        assertThat(response.headers()).isSameAs(common);
        assertThat(response.newBuilder()
                        .header("Accept", "text/plain")
                        .build()
                        .headers()
                        .values("accept"))
                .containsExactly("application/json", "text/plain");
    }

    @Test
    void headersRefuseInjection() {
        assertThatThrownBy(() -> HttpHeaders.of("X-Evil", "a\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Evil");
        assertThatThrownBy(() -> HttpHeaders.of("Bad Name", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpHeaders.of("Bad:Name", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpHeaders.of("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpHeaders.of("odd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headersPrintCredentialsRedacted() {
        HttpHeaders h = HttpHeaders.of("X-Auth-ID", "MA_X", "X-Auth-Token", "tok_hidden_123", "Accept", "*/*");
        assertThat(h.toString()).isEqualTo("{X-Auth-ID=MA_X, X-Auth-Token=<redacted>, Accept=*/*}");
        assertThat(HttpHeaders.isSensitive("AUTHORIZATION")).isTrue();
        assertThat(HttpHeaders.isSensitive("x-auth-id")).isFalse();
    }

    @Test
    void requestsAreAbsoluteAndKnowTheirIdempotency() {
        assertThatThrownBy(() -> HttpRequest.builder().uri("/relative").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> HttpRequest.builder().build()).isInstanceOf(NullPointerException.class);
        HttpRequest get = HttpRequest.builder().uri("https://h/x").build();
        assertThat(get.method()).isEqualTo(HttpMethod.GET);
        assertThat(get.idempotent()).isTrue();
        assertThat(get.body()).isNull();
        for (HttpMethod m : HttpMethod.values()) {
            HttpRequest r = get.newBuilder().method(m).build();
            assertThat(r.idempotent()).as(m.name()).isEqualTo(m != HttpMethod.POST && m != HttpMethod.PATCH);
        }
        HttpRequest post = HttpRequest.builder()
                .method(HttpMethod.POST)
                .uri(URI.create("https://h/x"))
                .header("X-Auth-Token", "tok_req_secret")
                .addHeader("X-Trace", "1")
                .addHeader("X-Trace", "2")
                .body("{\"a\":1}")
                .build();
        assertThat(post.idempotent()).isFalse();
        assertThat(post.headers().values("x-trace")).containsExactly("1", "2");
        assertThat(post.newBuilder().build()).isEqualTo(post).hasSameHashCodeAs(post);
        assertThat(post.newBuilder().removeHeader("X-Trace").build().headers().firstValue("X-Trace"))
                .isEmpty();
        assertThat(post.newBuilder()
                        .headers(HttpHeaders.empty())
                        .build()
                        .headers()
                        .size())
                .isZero();
        assertThat(post.newBuilder().idempotent(true).build()).isNotEqualTo(post);
        assertThat(post.toString())
                .isEqualTo("HttpRequest{POST https://h/x, headers={X-Auth-Token=<redacted>, X-Trace=1,2}, body=7 bytes,"
                        + " idempotent=false}");
    }

    @Test
    void responses() {
        assertThatThrownBy(() -> HttpResponse.builder().status(99).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpResponse.builder().status(600).build())
                .isInstanceOf(IllegalArgumentException.class);
        HttpResponse r = HttpResponse.builder()
                .status(201)
                .header("Content-Type", "application/json")
                .body("{\"secret\":1}")
                .build();
        assertThat(r.isSuccessful()).isTrue();
        assertThat(r.bodyAsString()).isEqualTo("{\"secret\":1}");
        assertThat(r.toString()).isEqualTo("HttpResponse{201, headers={Content-Type=application/json}, body=12 bytes}");
        assertThat(r.newBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(HttpResponse.of(204, HttpHeaders.empty(), null).body()).isEmpty();
        assertThat(HttpResponse.builder().status(199).build().isSuccessful()).isFalse();
        assertThat(HttpResponse.builder().status(300).build().isSuccessful()).isFalse();
    }

    @Test
    void transportOptions() {
        TransportOptions d = TransportOptions.defaults();
        assertThat(d.maxResponseBytes()).isEqualTo(TransportOptions.DEFAULT_MAX_RESPONSE_BYTES);
        assertThat(d.events()).isSameAs(TransportEvents.NONE);
        assertThat(d.newBuilder().build()).isEqualTo(d);
        assertThatThrownBy(() -> TransportOptions.builder().maxResponseBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransportOptions.builder().callTimeout(null).build())
                .isInstanceOf(NullPointerException.class);
        TransportEvents.NONE.attemptStarted(
                HttpRequest.builder().uri("https://h").build(), 1);
        TransportEvents.NONE.circuitStateChanged("CLOSED", "OPEN");
    }

    @Test
    void awaitUnwrapsTypedFailures() {
        ConnectFailedException refused = new ConnectFailedException("refused", new IOException());
        assertThatThrownBy(() -> HttpTransport.await(CompletableFuture.failedFuture(refused)))
                .isSameAs(refused);
        CompletableFuture<String> wrapped =
                CompletableFuture.<String>failedFuture(refused).thenApply(s -> s);
        assertThatThrownBy(() -> HttpTransport.await(wrapped)).isSameAs(refused);
        Error error = new AssertionError("boom");
        assertThatThrownBy(() -> HttpTransport.await(CompletableFuture.failedFuture(error)))
                .isSameAs(error);
        IOException checked = new IOException("checked");
        assertThatThrownBy(() -> HttpTransport.await(CompletableFuture.failedFuture(checked)))
                .isInstanceOf(CompletionException.class)
                .hasCause(checked);
        assertThat(HttpTransport.await(CompletableFuture.completedFuture("ok"))).isEqualTo("ok");
    }

    @Test
    void awaitRethrowsTheCancellationTheFutureWasCompletedWith() {
        CancellationException why = new CancellationException("GET /x: cancelled because the transport was closed");
        CompletableFuture<String> closed = new CompletableFuture<>();
        closed.completeExceptionally(why);
        // Newer JDKs' get() throws a new CancellationException("get") with this one as its cause.
        assertThatThrownBy(() -> HttpTransport.await(closed)).isSameAs(why);
    }

    @Test
    void awaitWhenInterruptedCancelsAndKeepsTheFlag() {
        CompletableFuture<String> never = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> HttpTransport.await(never)).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(never).isCancelled();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void defaultSendBlocksOnSendAsync() {
        HttpTransport t = request -> CompletableFuture.completedFuture(
                HttpResponse.builder().status(204).build());
        assertThat(t.send(HttpRequest.builder().uri("https://h").build()).status())
                .isEqualTo(204);
        assertThat(t.name()).isNotBlank();
        t.close();
    }

    @Test
    void onlyResponsesThatCarryABodyAreJudgedByTheirLength() {
        assertThat(HttpResponse.carriesBody(HttpMethod.GET, 200)).isTrue();
        assertThat(HttpResponse.carriesBody(HttpMethod.POST, 404)).isTrue();
        assertThat(HttpResponse.carriesBody(HttpMethod.HEAD, 200)).isFalse();
        assertThat(HttpResponse.carriesBody(HttpMethod.GET, 204)).isFalse();
        assertThat(HttpResponse.carriesBody(HttpMethod.GET, 304)).isFalse();
        assertThat(HttpResponse.carriesBody(HttpMethod.GET, 103)).isFalse();
    }
}
