package ai.vobiz.testkit.journal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every API request the fake server received (admin requests excepted), in arrival order. Thread-safe. In filters a
 * null method or path means any; a path ending in {@code *} matches by prefix.
 *
 * <p>It keeps the most recent {@link #DEFAULT_CAPACITY} entries by default, so that a fake left running (standalone,
 * or under a benchmark) does not grow without bound; {@link #dropped()} says how many older ones were let go.
 */
public final class RequestJournal {
    /** Entries kept when no capacity is given: far more than any test asserts on. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();
    private final int capacity;
    private long dropped;

    public RequestJournal() {
        this(DEFAULT_CAPACITY);
    }

    /** A journal keeping at most {@code capacity} of the most recent entries. */
    public RequestJournal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records a request and wakes up threads waiting in {@link #awaitCount}. */
    public void record(RecordedRequest request) {
        Objects.requireNonNull(request, "request");
        lock.lock();
        try {
            if (entries.size() == capacity) {
                entries.pollFirst();
                dropped++;
            }
            entries.addLast(request);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of every entry. */
    public List<RecordedRequest> entries() {
        lock.lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of the entries with this method and path. */
    public List<RecordedRequest> entries(@Nullable String method, @Nullable String path) {
        return entries(matcher(method, path));
    }

    /** A snapshot of the entries that pass the filter. */
    public List<RecordedRequest> entries(Predicate<RecordedRequest> filter) {
        lock.lock();
        try {
            return entries.stream().filter(filter).toList();
        } finally {
            lock.unlock();
        }
    }

    /** How many of the oldest entries were let go because the journal was full (0 until then). */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** How many requests were recorded (and are still kept). */
    public int count() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many requests had this method and path. */
    public int count(@Nullable String method, @Nullable String path) {
        return countMatching(matcher(method, path));
    }

    /** The latest request. */
    public RecordedRequest last() {
        lock.lock();
        try {
            if (entries.isEmpty()) {
                throw new NoSuchElementException("the fake server has recorded no request");
            }
            return entries.peekLast();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every entry. */
    public void clear() {
        lock.lock();
        try {
            entries.clear();
            dropped = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until at least {@code n} requests with this method and path were recorded, or the timeout passes.
     *
     * @return true when the count was reached, false on timeout
     */
    public boolean awaitCount(@Nullable String method, @Nullable String path, int n, Duration timeout)
            throws InterruptedException {
        Predicate<RecordedRequest> m = matcher(method, path);
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (countLocked(m) < n) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = changed.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until at least {@code n} requests of any kind were recorded, or the timeout passes. */
    public boolean awaitCount(int n, Duration timeout) throws InterruptedException {
        return awaitCount(null, null, n, timeout);
    }

    private int countMatching(Predicate<RecordedRequest> m) {
        lock.lock();
        try {
            return countLocked(m);
        } finally {
            lock.unlock();
        }
    }

    private int countLocked(Predicate<RecordedRequest> m) {
        int c = 0;
        for (RecordedRequest r : entries) {
            if (m.test(r)) {
                c++;
            }
        }
        return c;
    }

    /** A filter by method (case-insensitive) and path (exact, or prefix when ending in {@code *}); null = any. */
    public static Predicate<RecordedRequest> matcher(@Nullable String method, @Nullable String path) {
        return r -> (method == null || method.equalsIgnoreCase(r.method()))
                && (path == null
                        || (path.endsWith("*")
                                ? r.path().startsWith(path.substring(0, path.length() - 1))
                                : path.equals(r.path())));
    }

    @Override
    public String toString() {
        return "RequestJournal{" + count() + " entries}";
    }
}
