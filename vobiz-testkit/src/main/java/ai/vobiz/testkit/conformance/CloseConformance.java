package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} with calls in flight (the contract on {@link HttpTransport#close()}): each call ends at once with a
 * {@link CancellationException}, whether it was made with {@code send} or {@code sendAsync}; none is retried after
 * the close; and the transport logs nothing at WARN or above. The calls are held in flight by a
 * {@link Fault#delay delay} on the server, which has received all of them before the close: nothing here waits on a
 * clock but the bound within which the calls must end.
 */
@RequiresSocket
public abstract class CloseConformance extends ConformanceSupport {
    private static final int EACH_MODE = 2;
    /** Far beyond the bound below: a call that ends within it was ended by close(), not by the server. */
    private static final Duration HELD = Duration.ofSeconds(60);

    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @Test
    void closeEndsCallsInFlightWithCancellationNeverRetriesAndLogsNoWarning() throws Exception {
        server().faults().add(FaultRule.of(Fault.delay(HELD)).path(ME));
        HttpTransport t = transport(options()
                .readTimeout(HELD.multipliedBy(2))
                .callTimeout(HELD.multipliedBy(2))
                .build());
        ExecutorService blockingCallers = Executors.newFixedThreadPool(EACH_MODE);
        List<Future<HttpResponse>> calls = new ArrayList<>();
        String logs;
        try (LogCapture capture = LogCapture.start()) {
            for (int i = 0; i < EACH_MODE; i++) {
                calls.add(t.sendAsync(get(ME)));
                calls.add(blockingCallers.submit(() -> t.send(get(ME))));
            }
            assertThat(server().journal().awaitCount("GET", ME, 2 * EACH_MODE, Duration.ofSeconds(10)))
                    .as("every call reached the server before close()")
                    .isTrue();

            t.close();

            for (Future<HttpResponse> call : calls) {
                assertThat(outcome(call))
                        .as("how a call in flight ends when the transport closes")
                        .isInstanceOf(CancellationException.class)
                        .hasMessageContaining("closed");
            }
            // A retry after close() would arrive well within this bound.
            assertThat(server().journal().awaitCount("GET", ME, 2 * EACH_MODE + 1, Duration.ofMillis(500)))
                    .as("a call was retried after close()")
                    .isFalse();
            logs = capture.text();
        } finally {
            blockingCallers.shutdownNow();
        }
        assertThat(logs.lines().filter(CloseConformance::isWarningOfTheTransport))
                .as("lines logged at WARN or above while closing")
                .isEmpty();
    }

    /** The failure a call ended with within {@link #AT_ONCE}: a blocking call's own, or the future's. */
    private static Throwable outcome(Future<HttpResponse> call) throws InterruptedException {
        try {
            HttpResponse response = call.get(AT_ONCE.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("a call in flight completed normally after close(): " + response);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (CancellationException e) {
            // JDK 23 and later wrap the future's own CancellationException in a new one ("get"): judge the original.
            return e.getCause() instanceof CancellationException original ? original : e;
        } catch (TimeoutException e) {
            throw new AssertionError("a call in flight did not end within " + AT_ONCE + " of close()", e);
        }
    }

    /** WARN, ERROR or SEVERE lines (SLF4J bindings, java.util.logging), the fake server's own aside. */
    private static boolean isWarningOfTheTransport(String line) {
        return (line.contains("WARN") || line.contains("ERROR") || line.contains("SEVERE"))
                && !line.contains("ai.vobiz.testkit");
    }
}
