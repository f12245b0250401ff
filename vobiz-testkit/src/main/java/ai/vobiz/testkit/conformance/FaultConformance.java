package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault of the catalogue yields its specified typed error, with retries off so that one attempt is judged:
 *
 * <ul>
 *   <li>{@code CloseConnection} (connection accepted, closed without a response) and {@code TruncateBody}:
 *       {@link NetworkIOException}. Not a connect failure: the server accepted the connection and may have read the
 *       request.
 *   <li>{@code StallBody} and {@code Delay} longer than the read timeout: {@link TimeoutExceededException} phase
 *       READ, carrying the configured timeout.
 *   <li>{@code OversizedBody} beyond {@code maxResponseBytes}: {@link ResponseTooLargeException}.
 *   <li>{@code MalformedJson}: a 200 the transport returns; the client fails with {@link DecodingException}.
 *   <li>{@code HtmlErrorPage(502)}: returned; the client fails with {@link ServerException} carrying a body snippet.
 * </ul>
 *
 * Needs no socket: an in-process transport reports socket faults the same way.
 */
public abstract class FaultConformance extends ConformanceSupport {

    private HttpTransport oneAttempt() {
        return transport(options().resilience(policy(RetryPolicy.disabled())).build());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void closedConnectionIsANetworkError(Mode mode) {
        server().faults().add(FaultRule.of(Fault.closeConnection()).path(ME).build());
        assertThatThrownBy(() -> mode.send(oneAttempt(), get(ME))).isInstanceOf(NetworkIOException.class);
        assertThat(count("GET", ME)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void truncatedBodyIsANetworkError(Mode mode) {
        server().faults().add(FaultRule.of(Fault.truncateBody()).path(ME).build());
        assertThatThrownBy(() -> mode.send(oneAttempt(), get(ME))).isInstanceOf(NetworkIOException.class);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stalledBodyIsAReadTimeout(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.stallBody(Duration.ofSeconds(2)))
                        .path(ME)
                        .build());
        HttpTransport t = transport(options()
                .readTimeout(Duration.ofMillis(200))
                .resilience(policy(RetryPolicy.disabled()))
                .build());
        assertThatThrownBy(() -> mode.send(t, get(ME)))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void oversizedBodyIsRefused(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.oversizedBody(256 * 1024)).path(ME).build());
        HttpTransport t = transport(options()
                .maxResponseBytes(64 * 1024)
                .resilience(policy(RetryPolicy.disabled()))
                .build());
        assertThatThrownBy(() -> mode.send(t, get(ME)))
                .isInstanceOfSatisfying(
                        ResponseTooLargeException.class,
                        e -> assertThat(e.limitBytes()).isEqualTo(64 * 1024));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bodyJustUnderTheCapIsAccepted(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.oversizedBody(60 * 1024)).path(ME).build());
        HttpTransport t = transport(options().maxResponseBytes(64 * 1024).build());
        HttpResponse r = mode.send(t, get(ME));
        assertThat(r.body()).hasSize(60 * 1024);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void malformedJsonFailsDecoding(Mode mode) {
        server().faults().add(FaultRule.of(Fault.malformedJson()).path(ME).build());
        VobizClient client = client(oneAttempt());
        assertThatThrownBy(() -> mode.call(
                        () -> client.account().retrieve(),
                        () -> client.async().account().retrieve()))
                .isInstanceOf(DecodingException.class);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void htmlErrorPageIsAServerErrorWithASnippet(Mode mode) {
        server().faults().add(FaultRule.of(Fault.htmlErrorPage(502)).path(ME).build());
        VobizClient client = client(oneAttempt());
        assertThatThrownBy(() -> mode.call(
                        () -> client.account().retrieve(),
                        () -> client.async().account().retrieve()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.bodySnippet()).isNotBlank();
                });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void silentServerIsAReadTimeout(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.delay(Duration.ofSeconds(2))).path(ME).build());
        HttpTransport t = transport(options()
                .readTimeout(Duration.ofMillis(150))
                .resilience(policy(RetryPolicy.disabled()))
                .build());
        assertThatThrownBy(() -> mode.send(t, get(ME))).isInstanceOfSatisfying(TimeoutExceededException.class, e -> {
            assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ);
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(150));
        });
    }
}
