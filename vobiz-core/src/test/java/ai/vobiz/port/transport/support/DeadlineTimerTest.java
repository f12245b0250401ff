package ai.vobiz.port.transport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineTimerTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void runsDueTasksInDeadlineOrderEvenWhenAnEarlierOneIsArmedLater() throws InterruptedException {
        try (DeadlineTimer timer = new DeadlineTimer("deadline-test-order")) {
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch both = new CountDownLatch(2);
            long now = System.nanoTime();
            timer.schedule(now + 400 * MS, () -> {
                ran.add("late");
                both.countDown();
            });
            // Armed second but due first: the sleeping thread must be woken to re-plan.
            timer.schedule(now + 20 * MS, () -> {
                ran.add("early");
                both.countDown();
            });
            assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactly("early", "late");
        }
    }

    @Test
    void aCancelledTaskNeverRuns() throws InterruptedException {
        try (DeadlineTimer timer = new DeadlineTimer("deadline-test-cancel")) {
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch later = new CountDownLatch(1);
            long now = System.nanoTime();
            DeadlineTimer.Entry cancelled = timer.schedule(now + 10 * MS, () -> ran.add("cancelled"));
            cancelled.cancel();
            cancelled.cancel(); // idempotent
            timer.schedule(now + 30 * MS, later::countDown);
            // Tasks run in deadline order, so once the later one has run the cancelled one would have run too.
            assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).isEmpty();
        }
    }

    @Test
    void manyCancelledEntriesAreSweptAndLiveOnesStillFire() throws InterruptedException {
        try (DeadlineTimer timer = new DeadlineTimer("deadline-test-sweep")) {
            long now = System.nanoTime();
            for (int i = 0; i < 10_000; i++) {
                timer.schedule(now + 60_000 * MS, () -> {}).cancel();
            }
            CountDownLatch fired = new CountDownLatch(1);
            timer.schedule(now + 5 * MS, fired::countDown);
            assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void closeStopsItsThreadAndRefusesNewDeadlines() throws InterruptedException {
        DeadlineTimer timer = new DeadlineTimer("deadline-test-close");
        CountDownLatch fired = new CountDownLatch(1);
        timer.schedule(System.nanoTime(), fired::countDown);
        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threadAlive("deadline-test-close")).isTrue();
        timer.close();
        timer.close(); // idempotent
        assertThat(threadAlive("deadline-test-close")).isFalse();
        assertThatThrownBy(() -> timer.schedule(System.nanoTime(), () -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void aDeadlineTooFarToCountInNanosecondsSaturates() {
        assertThat(DeadlineTimer.saturatedNanos(java.time.Duration.ofMillis(3))).isEqualTo(3_000_000L);
        assertThat(DeadlineTimer.saturatedNanos(java.time.Duration.ofDays(365L * 1_000)))
                .isEqualTo(Long.MAX_VALUE);
        assertThat(DeadlineTimer.deadlineAfter(java.time.Duration.ofDays(365L * 1_000)) - System.nanoTime())
                .isPositive();
    }
}
