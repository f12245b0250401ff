package ai.vobiz.testkit.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The waits that Delay and StallBody faults impose, all released at once by {@link #releaseAll()} (on reset and
 * close) so a stalled exchange never keeps the server from stopping. A request takes a {@link Ticket} when it
 * arrives, so a release that happens after the request arrived but before its wait began still ends that wait.
 */
final class Pauses implements AutoCloseable {
    private volatile Ticket current = new Ticket();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-vobiz-timer");
        t.setDaemon(true);
        return t;
    });

    /** One generation of waits, released together. */
    static final class Ticket {
        private final CountDownLatch released = new CountDownLatch(1);
        private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();

        private void release() {
            released.countDown();
            pending.forEach(f -> f.complete(null));
        }

        private boolean isReleased() {
            return released.getCount() == 0;
        }
    }

    /** The ticket for a request arriving now. */
    Ticket ticket() {
        return current;
    }

    /** Blocks the calling thread for {@code d}, or less if the ticket is released. Interrupt-aware. */
    void block(Ticket ticket, Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            ticket.released.await(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A future completed after {@code d}, or earlier if the ticket is released; no thread blocks meanwhile. */
    CompletableFuture<Void> after(Ticket ticket, Duration d) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (d.isZero() || ticket.isReleased()) {
            f.complete(null);
            return f;
        }
        ticket.pending.add(f);
        ScheduledFuture<?> task = timer.schedule(() -> f.complete(null), d.toNanos(), TimeUnit.NANOSECONDS);
        f.whenComplete((v, e) -> {
            ticket.pending.remove(f);
            task.cancel(false);
        });
        if (ticket.isReleased()) {
            f.complete(null); // released while registering
        }
        return f;
    }

    /** Ends every current wait now; requests arriving later wait normally. */
    void releaseAll() {
        Ticket old = current;
        current = new Ticket();
        old.release();
    }

    @Override
    public void close() {
        releaseAll();
        current.release();
        timer.shutdownNow();
    }
}
