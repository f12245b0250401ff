package ai.vobiz.testkit.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The waits that Delay and StallBody faults impose, all released at once by {@link #releaseAll()} (on reset and
 * close) so a stalled exchange never keeps the server from stopping. A request takes a {@link Ticket} when it
 * arrives, so a release that happens after the request arrived but before its wait began still ends that wait.
 */
final class Pauses implements AutoCloseable {
    private volatile Ticket current = new Ticket();
    private final ScheduledThreadPoolExecutor timer = newTimer();

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "fake-vobiz-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Call deadlines are cancelled by the thousand when calls complete: drop them from the queue at once.
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

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
        Runnable cancel = schedule(() -> f.complete(null), d);
        f.whenComplete((v, e) -> {
            ticket.pending.remove(f);
            cancel.run();
        });
        if (ticket.isReleased()) {
            f.complete(null); // released while registering
        }
        return f;
    }

    /**
     * Runs {@code task} after {@code d}, unaffected by {@link #releaseAll()}; returns what cancels it. After close
     * the task never runs.
     */
    Runnable schedule(Runnable task, Duration d) {
        try {
            ScheduledFuture<?> f = timer.schedule(task, d.toNanos(), TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> {};
        }
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
