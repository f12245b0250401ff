package ai.vobiz.testkit.conformance;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TransportEvents} that records everything, thread-safely, and lets a test wait for a circuit-breaker
 * transition without sleeping. Also renders every argument it receives with {@code toString()}, so the redaction
 * group can check those strings too.
 */
public final class RecordingEvents implements TransportEvents {
    /** A retry the transport announced. */
    public record Retry(int nextAttempt, Duration delay, String reason) {}

    private final List<Integer> attempts = new CopyOnWriteArrayList<>();
    private final List<Retry> retries = new CopyOnWriteArrayList<>();
    private final List<String> transitions = new CopyOnWriteArrayList<>();
    private final List<String> rendered = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    @Override
    public void attemptStarted(HttpRequest request, int attempt) {
        attempts.add(attempt);
        rendered.add(request.toString());
    }

    @Override
    public void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
        rendered.add(request + " " + response);
    }

    @Override
    public void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {
        rendered.add(request + " " + failure);
    }

    @Override
    public void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {
        rendered.add(request + " " + reason);
        lock.lock();
        try {
            retries.add(new Retry(nextAttempt, delay, reason));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void circuitStateChanged(String fromState, String toState) {
        lock.lock();
        try {
            transitions.add(fromState + "->" + toState);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Attempt numbers announced by {@code attemptStarted}, in order. */
    public List<Integer> attempts() {
        return List.copyOf(attempts);
    }

    public List<Retry> retries() {
        return List.copyOf(retries);
    }

    /** Breaker transitions as {@code FROM->TO} with Resilience4j's state names (CLOSED, OPEN, HALF_OPEN). */
    public List<String> transitions() {
        return List.copyOf(transitions);
    }

    /** Every request, response and failure passed to this observer, as its {@code toString()}. */
    public List<String> rendered() {
        return new ArrayList<>(rendered);
    }

    /** Waits until at least {@code n} retries have been announced; false on timeout. */
    public boolean awaitRetries(int n, Duration timeout) throws InterruptedException {
        return await(() -> retries.size() >= n, timeout);
    }

    /** Waits until a transition to {@code toState} has been reported; false on timeout. */
    public boolean awaitTransitionTo(String toState, Duration timeout) throws InterruptedException {
        return await(() -> transitions.stream().anyMatch(t -> t.endsWith("->" + toState)), timeout);
    }

    private boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
