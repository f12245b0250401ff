package ai.vobiz.testkit.journal;

import java.time.Duration;
import java.util.ArrayList;
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
 */
public final class RequestJournal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<RecordedRequest> entries = new ArrayList<>();

    /** Records a request and wakes up threads waiting in {@link #awaitCount}. */
    public void record(RecordedRequest request) {
        Objects.requireNonNull(request, "request");
        lock.lock();
        try {
            entries.add(request);
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

    /** How many requests were recorded. */
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
            return entries.get(entries.size() - 1);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every entry. */
    public void clear() {
        lock.lock();
        try {
            entries.clear();
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
