package ai.vobiz.testkit;

import static ai.vobiz.testkit.TestSupport.HTTP;
import static ai.vobiz.testkit.TestSupport.account;
import static ai.vobiz.testkit.TestSupport.json;
import static ai.vobiz.testkit.TestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsOverHttpTest {
    static final String ME = "/api/v1/auth/me";
    /** One fake server for the class, its state, faults and journal reset after every test. */
    @RegisterExtension
    static final FakeVobizExtension fake = FakeVobizExtension.perClass();

    private static void fault(Fault fault) {
        fake.server().faults().add(FaultRule.of(fault).path(ME).times(1));
    }

    @Test
    void respondSendsTheStatusHeadersAndStandardEnvelopeThenRecovers() {
        fault(Fault.status(503, Map.of("Retry-After", "1")));
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(r).get("error").get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(send(account(fake.server(), ME)).statusCode()).isEqualTo(200);
    }

    @Test
    void respondWithALiteralBody() {
        fake.server()
                .faults()
                .add(FaultRule.of(Fault.respond(429, "{\"error\":\"slow down\"}"))
                        .times(1));
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).isEqualTo("{\"error\":\"slow down\"}");
    }

    @Test
    void closeConnectionSendsNoStatusLine() {
        fault(Fault.closeConnection());
        RawHttp.Result raw = RawHttp.get(fake.server(), ME, 5_000);
        assertThat(raw.eof()).isTrue();
        assertThat(raw.bytes()).isEmpty();
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(1);
    }

    @Test
    void closeConnectionFailsTheJdkClientWithAnIOException() {
        // Not scoped to one request: the JDK client silently re-sends a GET once when the connection closes early.
        fake.server().faults().add(FaultRule.of(Fault.closeConnection()).path(ME));
        assertThatThrownBy(() -> HTTP.send(account(fake.server(), ME).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void truncateBodyDeclaresMoreThanItSendsThenCloses() {
        fault(Fault.truncateBody());
        RawHttp.Result raw = RawHttp.get(fake.server(), ME, 5_000);
        assertThat(raw.head()).startsWith("HTTP/1.1 200");
        assertThat(raw.eof()).isTrue();
        assertThat(raw.declaredLength()).isGreaterThan(raw.body().length);
        assertThat(raw.body()).isNotEmpty();
    }

    @Test
    void stallBodySendsHeadersAndPartOfTheBodyThenGoesSilent() {
        fault(Fault.stallBody(Duration.ofSeconds(30)));
        RawHttp.Result raw = RawHttp.get(fake.server(), ME, 300);
        assertThat(raw.eof()).isFalse();
        assertThat(raw.head()).startsWith("HTTP/1.1 200");
        assertThat(raw.declaredLength()).isGreaterThan(raw.body().length);
    }

    @Test
    void stallIsReleasedByResetAndTheClientSeesTheBodyBreak() throws Exception {
        fault(Fault.stallBody(Duration.ofMinutes(5)));
        // The JDK client hands over the response once headers arrived; the stalled body is read from the stream.
        HttpResponse<java.io.InputStream> r =
                HTTP.send(account(fake.server(), ME).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        long declared = r.headers().firstValueAsLong("Content-Length").orElseThrow();
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
            try (java.io.InputStream in = r.body()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(body).isNotDone();
        fake.server().reset();
        // Released, the stalled exchange is abandoned mid-body: the reader fails instead of waiting 5 minutes.
        assertThatThrownBy(() -> body.get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IOException.class)
                .satisfies(e -> assertThat(declared).isPositive());
    }

    @Test
    void delayIsReleasedByResetAndThenAnswersNormally() throws Exception {
        fault(Fault.delay(Duration.ofMinutes(5)));
        CompletableFuture<HttpResponse<String>> call =
                HTTP.sendAsync(account(fake.server(), ME).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fake.server().journal().awaitCount("GET", ME, 1, Duration.ofSeconds(5)))
                .isTrue();
        assertThat(call).isNotDone();
        fake.server().reset();
        assertThat(call.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void shortDelayThenNormalResponse() {
        fault(Fault.delay(Duration.ofMillis(20)));
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("auth_id").asString()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
    }

    @Test
    void malformedJsonIs200WithBrokenJson() {
        fault(Fault.malformedJson());
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(() -> json(r)).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void htmlErrorPage() {
        fault(Fault.htmlErrorPage(502));
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<html>");
    }

    @Test
    void oversizedBodyHasExactlyTheRequestedSize() {
        fault(Fault.oversizedBody(3_000_000));
        HttpResponse<byte[]> r = sendBytes();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).hasSize(3_000_000);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(3_000_000);
    }

    @Test
    void redirectCarriesLocationAndIsNotFollowedByTheServer() {
        fault(Fault.redirect(307, "http://127.0.0.1:1/elsewhere"));
        HttpResponse<String> r = send(account(fake.server(), ME));
        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location")).hasValue("http://127.0.0.1:1/elsewhere");
    }

    @Test
    void deliveryFaultsStillRunTheHandler() {
        fault(Fault.closeConnection());
        RawHttp.get(fake.server(), ME, 5_000);
        assertThat(fake.server().journal().count("GET", ME)).isEqualTo(1);
        assertThat(send(account(fake.server(), ME)).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<byte[]> sendBytes() {
        try {
            return HTTP.send(account(fake.server(), ME).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
