package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.port.resilience.NonIdempotentRetry;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.journal.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The retry policy applied as core defines it, proven by the server's journal: GETs retried on 429, 502, 503, 504 and
 * broken exchanges with jittered backoff; {@code Retry-After} honoured in seconds and as an HTTP date, and a value
 * beyond the cap ends the retries; the attempt limit holds; read timeouts are retried for a GET; a POST is never sent
 * twice once it may have reached the server (after a 503, a read timeout or a closed connection), except a 429 under {@link NonIdempotentRetry#WHEN_NOT_PROCESSED}. After the last attempt the last response
 * is returned normally. Needs no socket.
 */
public abstract class RetryConformance extends ConformanceSupport {

    /** Rounding of the waits to whole milliseconds and of the clocks read on both sides. */
    private static final Duration CLOCK_SLACK = Duration.ofMillis(5);

    private RecordingEvents events;

    /** A fault on the money-moving shape of request: a POST with a JSON body. */
    private static FaultRule.Builder onPostToEcho(Fault fault) {
        return FaultRule.of(fault).method("POST").path(ECHO);
    }

    private HttpTransport transport(int maxAttempts, NonIdempotentRetry nonIdempotent) {
        events = new RecordingEvents();
        return transport(options()
                .events(events)
                .resilience(policy(fastRetry()
                        .maxAttempts(maxAttempts)
                        .nonIdempotentRetry(nonIdempotent)
                        .build()))
                .build());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void getIsRetriedOnRetryableStatuses(Mode mode) {
        for (int status : new int[] {429, 502, 503, 504}) {
            server().reset();
            server().faults()
                    .add(FaultRule.of(Fault.status(status)).path(ME).times(2).build());
            HttpTransport t = transport(3, NonIdempotentRetry.NEVER);
            HttpResponse r = mode.send(t, get(ME));
            assertThat(r.status()).as("after two %d responses", status).isEqualTo(200);
            assertThat(count("GET", ME)).as("attempts for %d", status).isEqualTo(3);
            assertThat(events.retries()).hasSize(2);
            assertThat(events.retries())
                    .allSatisfy(retry -> assertThat(retry.delay()).isBetween(Duration.ZERO, Duration.ofMillis(20)));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nonRetryableStatusIsNotRetried(Mode mode) {
        server().faults().add(FaultRule.of(Fault.status(500)).path(ME).times(1).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(500);
        assertThat(count("GET", ME)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void brokenExchangeIsRetriedForGet(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.closeConnection()).path(ME).times(1).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(200);
        assertThat(count("GET", ME)).isEqualTo(2);
    }

    /**
     * The wait is judged where it happens: by the time between the two requests the server received. The test
     * policy's backoff is at most 20 ms, so a transport that ignored {@code Retry-After: 1} would come back at once.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void retryAfterInSecondsIsHonoured(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.status(503, Map.of("Retry-After", "1")))
                        .path(ME)
                        .times(1)
                        .build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(200);
        List<RecordedRequest> received = server().journal().entries("GET", ME);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).sinceReceiptOf(received.get(0)))
                .as("time between the first request and its retry, as the server saw it")
                .isBetween(Duration.ofMillis(1000).minus(CLOCK_SLACK), Duration.ofMillis(1900));
        assertThat(events.retries())
                .singleElement()
                .satisfies(
                        retry -> assertThat(retry.delay()).isBetween(Duration.ofMillis(990), Duration.ofMillis(1010)));
    }

    /**
     * {@code Retry-After} as an HTTP date: the retry must not reach the server before that date. The date is the first
     * whole second at least 700 ms away (the header has one-second precision), so the wait is 0.7 to 1.7 s, far above
     * the test policy's backoff of at most 20 ms: a transport that ignored the date would be back long before it.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void retryAfterAsHttpDateIsHonoured(Mode mode) {
        Instant notBefore =
                Instant.now().plusMillis(700).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(notBefore.atZone(ZoneOffset.UTC));
        server().faults()
                .add(FaultRule.of(Fault.status(429, Map.of("Retry-After", date)))
                        .path(ME)
                        .times(1)
                        .build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(200);
        List<RecordedRequest> received = server().journal().entries("GET", ME);
        assertThat(received).hasSize(2);
        RecordedRequest first = received.get(0);
        RecordedRequest retry = received.get(1);
        assertThat(retry.receivedAt())
                .as("the retry arrived at the date Retry-After named, %s, or later", date)
                .isAfterOrEqualTo(notBefore.minus(CLOCK_SLACK));
        Duration dueAfter = Duration.between(first.receivedAt(), notBefore);
        assertThat(retry.sinceReceiptOf(first))
                .as("time between the first request and its retry, as the server saw it")
                .isBetween(dueAfter.minus(CLOCK_SLACK), dueAfter.plusMillis(900));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retryAfterBeyondTheCapEndsTheCall(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.status(503, Map.of("Retry-After", "3600")))
                        .path(ME)
                        .build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("3600");
        assertThat(count("GET", ME)).isEqualTo(1);
        assertThat(events.retries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stopsAtTheAttemptLimitAndReturnsTheLastResponse(Mode mode) {
        server().faults().add(FaultRule.of(Fault.status(502)).path(ME).build());
        HttpResponse r = mode.send(transport(4, NonIdempotentRetry.NEVER), get(ME));
        assertThat(r.status()).isEqualTo(502);
        assertThat(count("GET", ME)).isEqualTo(4);
        assertThat(events.attempts()).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotResentAfter503(Mode mode) {
        server().faults().add(onPostToEcho(Fault.status(503)).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), post(ECHO, "{\"amount\":1}"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotResentAfter503EvenWithRetryAfterZero(Mode mode) {
        server().faults()
                .add(onPostToEcho(Fault.status(503, Map.of("Retry-After", "0"))).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), post(ECHO, "{\"amount\":1}"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotResentAfterAClosedConnection(Mode mode) {
        server().faults().add(onPostToEcho(Fault.closeConnection()).build());
        HttpTransport t = transport(3, NonIdempotentRetry.WHEN_NOT_PROCESSED);
        assertThatThrownBy(() -> mode.send(t, post(ECHO, "{\"amount\":1}"))).isInstanceOf(NetworkIOException.class);
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotRetriedOn429ByDefault(Mode mode) {
        server().faults().add(onPostToEcho(Fault.status(429)).times(1).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.NEVER), post(ECHO, "{}"));
        assertThat(r.status()).isEqualTo(429);
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsRetriedOn429WhenNotProcessedIsAllowed(Mode mode) {
        server().faults().add(onPostToEcho(Fault.status(429)).times(1).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.WHEN_NOT_PROCESSED), post(ECHO, "{\"a\":1}"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(count("POST", ECHO)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotRetriedOn503EvenWhenNotProcessedIsAllowed(Mode mode) {
        server().faults().add(onPostToEcho(Fault.status(503)).times(1).build());
        HttpResponse r = mode.send(transport(3, NonIdempotentRetry.WHEN_NOT_PROCESSED), post(ECHO, "{}"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void readTimeoutIsRetriedForGet(Mode mode) {
        server().faults()
                .add(FaultRule.of(Fault.delay(Duration.ofSeconds(2)))
                        .path(ME)
                        .times(1)
                        .build());
        HttpTransport t =
                transport(options().readTimeout(Duration.ofMillis(150)).build());
        HttpResponse r = mode.send(t, get(ME));
        assertThat(r.status()).isEqualTo(200);
        assertThat(count("GET", ME)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void postIsNotResentAfterAReadTimeout(Mode mode) {
        server().faults().add(onPostToEcho(Fault.delay(Duration.ofSeconds(2))).build());
        HttpTransport t = transport(options()
                .readTimeout(Duration.ofMillis(150))
                .resilience(policy(fastRetry()
                        .nonIdempotentRetry(NonIdempotentRetry.WHEN_NOT_PROCESSED)
                        .build()))
                .build());
        assertThatThrownBy(() -> mode.send(t, post(ECHO, "{\"amount\":5}")))
                .isInstanceOfSatisfying(
                        TimeoutExceededException.class,
                        e -> assertThat(e.phase()).isEqualTo(TimeoutExceededException.Phase.READ));
        assertThat(count("POST", ECHO)).isEqualTo(1);
    }
}
