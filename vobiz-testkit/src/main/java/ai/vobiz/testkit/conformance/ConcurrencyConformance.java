package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many calls at once all succeed; cancelling an asynchronous call stops its pending retry; after {@code close()} no
 * thread of the transport is left, and calls are refused with an {@link IllegalStateException} without reaching the
 * server. Threads are judged by name: those the transport declares as its own
 * ({@link TransportUnderTest#ownedThreadNamePrefixes}) must all be gone, daemon or not, and no other non-daemon
 * thread started during the test may remain (the fake server's {@code fake-vobiz-} threads excepted).
 */
@RequiresSocket
public abstract class ConcurrencyConformance extends ConformanceSupport {
    private static final int CALLS = 200;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void twoHundredParallelCallsSucceed(Mode mode) throws Exception {
        HttpTransport t = transport();
        List<Integer> statuses = new ArrayList<>();
        if (mode == Mode.ASYNC) {
            List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                futures.add(t.sendAsync(get(ECHO + "?i=" + i)));
            }
            for (CompletableFuture<HttpResponse> f : futures) {
                statuses.add(f.get(30, TimeUnit.SECONDS).status());
            }
        } else {
            ExecutorService callers = Executors.newFixedThreadPool(32);
            try {
                List<Future<HttpResponse>> futures = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    String path = ECHO + "?i=" + i;
                    futures.add(callers.submit(() -> t.send(get(path))));
                }
                for (Future<HttpResponse> f : futures) {
                    statuses.add(f.get(30, TimeUnit.SECONDS).status());
                }
            } finally {
                callers.shutdownNow();
            }
        }
        assertThat(statuses).hasSize(CALLS).containsOnly(200);
        assertThat(count("GET", ECHO)).isEqualTo(CALLS);
    }

    @Test
    void cancellingAnAsyncCallStopsItsPendingRetry() throws Exception {
        server().faults().add(FaultRule.of(Fault.status(503)).path(ME).times(1).build());
        RecordingEvents events = new RecordingEvents();
        RetryPolicy slowRetry = fastRetry()
                .initialBackoff(Duration.ofMillis(300))
                .maxBackoff(Duration.ofMillis(300))
                .jitter(0)
                .build();
        HttpTransport t =
                transport(options().events(events).resilience(policy(slowRetry)).build());
        CompletableFuture<HttpResponse> future = t.sendAsync(get(ME));
        assertThat(events.awaitRetries(1, Duration.ofSeconds(5))).isTrue();
        future.cancel(true);
        assertThat(future).isCancelled();
        // The retry was due 300 ms after the first answer; it must never reach the server.
        assertThat(server().journal().awaitCount("GET", ME, 2, Duration.ofMillis(700)))
                .isFalse();
        assertThat(events.attempts()).containsExactly(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void closeLeavesNoThreadOfTheTransport(Mode mode) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        HttpTransport t = transportUnderTest().create(server(), options().build());
        try {
            List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                if (mode == Mode.ASYNC) {
                    futures.add(t.sendAsync(get(ME)));
                } else {
                    futures.add(CompletableFuture.completedFuture(t.send(get(ME))));
                }
            }
            for (CompletableFuture<HttpResponse> f : futures) {
                assertThat(f.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            t.close();
        }
        List<Thread> suspects = new ArrayList<>();
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(th) && th.isAlive() && isSuspect(th)) {
                suspects.add(th);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (Thread th : suspects) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            th.join(left);
        }
        assertThat(suspects.stream().filter(Thread::isAlive).map(Thread::getName))
                .as("threads still alive after close()")
                .isEmpty();
    }

    /**
     * After {@code close()} a call is refused with an {@link IllegalStateException}: {@code send} throws it,
     * {@code sendAsync} returns a future failed with it (it does not throw), and nothing reaches the server.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void callsAfterCloseAreRefused(Mode mode) throws Exception {
        HttpTransport t = transportUnderTest().create(server(), options().build());
        assertThat(t.send(get(ME)).status())
                .as("the transport worked before close()")
                .isEqualTo(200);
        t.close();
        if (mode == Mode.SYNC) {
            assertThatThrownBy(() -> t.send(get(ME))).isInstanceOf(IllegalStateException.class);
        } else {
            CompletableFuture<HttpResponse> f = t.sendAsync(get(ME));
            assertThat(f)
                    .failsWithin(Duration.ofSeconds(5))
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(IllegalStateException.class);
        }
        // Waits on the journal, not a clock: a request sent anyway would arrive well within this bound.
        assertThat(server().journal().awaitCount("GET", ME, 2, Duration.ofMillis(300)))
                .as("a request reached the server after close()")
                .isFalse();
        assertThat(count("GET", ME)).isEqualTo(1);
    }

    private boolean isSuspect(Thread th) {
        for (String prefix : transportUnderTest().ownedThreadNamePrefixes()) {
            if (th.getName().startsWith(prefix)) {
                return true;
            }
        }
        return !th.isDaemon() && !th.getName().startsWith("fake-vobiz");
    }
}
