package ai.vobiz.port.transport.support;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timer for whole-call deadlines, which transports arm on every call and almost always cancel. Arming one costs a
 * queue insertion and wakes no thread, unlike a {@link java.util.concurrent.ScheduledExecutorService} or Okio's
 * watchdog, which wake their thread whenever the new task becomes the earliest one, which means on every call of a
 * sequential client. Its single daemon thread sleeps until the earliest deadline (at most a second, to discard
 * cancelled entries) and is woken only by a deadline earlier than any armed so far.
 *
 * <p>Thread-safe. The thread starts with the first {@link #schedule} and ends with {@link #close()}.
 */
public final class DeadlineTimer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineTimer.class);
    private static final long MAINTENANCE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

    private final String threadName;
    private final ConcurrentLinkedQueue<Entry> incoming = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Entry> armed = new PriorityQueue<>((a, b) -> Long.compare(a.at - b.at, 0));
    private final AtomicInteger cancelledSinceSweep = new AtomicInteger();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;
    private volatile long nextWake = Long.MAX_VALUE;
    private volatile boolean sleepingUntilNextWake;
    private volatile @Nullable Thread worker;

    /** @param threadName the name of the timer's thread, so that its owner can be recognised in thread dumps */
    public DeadlineTimer(String threadName) {
        this.threadName = threadName;
    }

    /** A pending deadline; {@link #cancel()} it when the call finishes first. */
    public static final class Entry {
        private final long at;
        private final DeadlineTimer owner;
        private volatile @Nullable Runnable task;

        private Entry(long at, Runnable task, DeadlineTimer owner) {
            this.at = at;
            this.task = task;
            this.owner = owner;
        }

        /** Forgets the task (it will not run, and is no longer referenced). Idempotent. */
        public void cancel() {
            if (task != null) {
                task = null;
                owner.cancelledSinceSweep.incrementAndGet();
            }
        }
    }

    /**
     * The {@code System.nanoTime()} at which {@code timeout} from now has passed. A timeout too long to count in
     * nanoseconds (about 292 years) saturates instead of overflowing.
     */
    public static long deadlineAfter(Duration timeout) {
        return System.nanoTime() + saturatedNanos(timeout);
    }

    /** {@code d} in nanoseconds, or {@link Long#MAX_VALUE} when it is too long to count in them. */
    public static long saturatedNanos(Duration d) {
        return d.compareTo(MAX_NANOS) >= 0 ? Long.MAX_VALUE : d.toNanos();
    }

    /**
     * Runs {@code task} on the timer's thread once {@code System.nanoTime()} reaches {@code deadlineNanos}, unless
     * cancelled first. The task must be quick and must not throw.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public Entry schedule(long deadlineNanos, Runnable task) {
        if (closed) {
            throw new IllegalStateException("the deadline timer " + threadName + " is closed");
        }
        Entry e = new Entry(deadlineNanos, task, this);
        incoming.offer(e);
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::run, threadName);
            t.setDaemon(true);
            worker = t;
            t.start();
        } else if (deadlineNanos - nextWake < 0 && sleepingUntilNextWake) {
            // Earlier than anything the worker is sleeping towards: wake it to re-plan. Rare for calls that all
            // share one timeout, whose deadlines arrive in increasing order.
            LockSupport.unpark(worker);
        }
        return e;
    }

    private void run() {
        while (!closed) {
            for (Entry e = incoming.poll(); e != null; e = incoming.poll()) {
                if (e.task != null) {
                    armed.add(e);
                }
            }
            long now = System.nanoTime();
            for (Entry head = armed.peek(); head != null && head.at - now <= 0; head = armed.peek()) {
                armed.poll();
                Runnable task = head.task;
                if (task != null) {
                    head.task = null;
                    try {
                        task.run();
                    } catch (RuntimeException ex) {
                        LOG.warn("A deadline task failed", ex);
                    }
                }
            }
            if (cancelledSinceSweep.get() > 64 && cancelledSinceSweep.get() * 2 > armed.size()) {
                cancelledSinceSweep.set(0);
                armed.removeIf(e -> e.task == null);
            }
            Entry head = armed.peek();
            long wake = head == null ? now + MAINTENANCE_NANOS : Math.min(head.at, now + MAINTENANCE_NANOS);
            nextWake = wake;
            sleepingUntilNextWake = true;
            // A schedule() racing with this check either sees the new nextWake and unparks, or is seen here.
            if (incoming.isEmpty() && !closed) {
                LockSupport.parkNanos(this, Math.max(0, wake - System.nanoTime()));
            }
            sleepingUntilNextWake = false;
        }
    }

    /** Stops the thread; pending deadlines never fire. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Thread t = worker;
        if (t != null && t != Thread.currentThread()) { // a task closing its own timer must not wait for itself
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        incoming.clear();
    }
}
