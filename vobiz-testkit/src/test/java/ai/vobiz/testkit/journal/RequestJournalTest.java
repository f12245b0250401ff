package ai.vobiz.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.port.transport.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    static RecordedRequest request(String method, String path) {
        return new RecordedRequest(
                method,
                path,
                Map.of("page", List.of("2")),
                HttpHeaders.of("X-Auth-ID", "MA_1", "X-Auth-Token", "super-secret-token"),
                "{\"password\":\"hunter2\"}".getBytes(),
                Instant.now());
    }

    @Test
    void keepsTheMostRecentEntriesUpToItsCapacityAndCountsTheDropped() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 1; i <= 5; i++) {
            journal.record(request("GET", "/p/" + i));
        }
        assertThat(journal.entries()).extracting(RecordedRequest::path).containsExactly("/p/3", "/p/4", "/p/5");
        assertThat(journal.count()).isEqualTo(3);
        assertThat(journal.dropped()).isEqualTo(2);
        assertThat(journal.last().path()).isEqualTo("/p/5");
        journal.clear();
        assertThat(journal.dropped()).isZero();
        assertThatThrownBy(() -> new RequestJournal(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAndFilters() {
        RequestJournal j = new RequestJournal();
        j.record(request("GET", "/api/v1/auth/me"));
        j.record(request("GET", "/api/v1/partner/me"));
        j.record(request("POST", "/api/v1/partner/accounts"));
        assertThat(j.count()).isEqualTo(3);
        assertThat(j.count("GET", null)).isEqualTo(2);
        assertThat(j.count(null, "/api/v1/partner/*")).isEqualTo(2);
        assertThat(j.count("get", "/api/v1/auth/me")).isEqualTo(1);
        assertThat(j.entries(r -> r.method().equals("POST"))).hasSize(1);
        assertThat(j.last().path()).isEqualTo("/api/v1/partner/accounts");
        assertThat(j.entries().get(0).queryParam("page")).hasValue("2");
        j.clear();
        assertThat(j.entries()).isEmpty();
        assertThatThrownBy(j::last).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void toStringRedactsTokensAndHidesTheBody() {
        RecordedRequest r = request("POST", "/x");
        assertThat(r.toString())
                .contains("POST /x", "<redacted>", "MA_1")
                .doesNotContain("super-secret-token")
                .doesNotContain("hunter2");
        assertThat(r.bodyAsString()).contains("hunter2");
    }

    @Test
    void bodyIsCopiedDefensively() {
        byte[] body = {1, 2, 3};
        RecordedRequest r = new RecordedRequest("GET", "/", Map.of(), HttpHeaders.empty(), body, Instant.EPOCH, 0L);
        body[0] = 9;
        r.body()[1] = 9;
        assertThat(r.body()).containsExactly(1, 2, 3);
        assertThat(r)
                .isEqualTo(new RecordedRequest(
                        "GET", "/", Map.of(), HttpHeaders.empty(), new byte[] {1, 2, 3}, Instant.EPOCH, 0L));
    }

    @Test
    void receiptTimesAreMonotonic() {
        RecordedRequest first = request("GET", "/1");
        RecordedRequest second = request("GET", "/2");
        assertThat(second.sinceReceiptOf(first).isNegative()).isFalse();
        RecordedRequest at = new RecordedRequest("GET", "/", Map.of(), HttpHeaders.empty(), null, Instant.EPOCH, 5_000);
        RecordedRequest later =
                new RecordedRequest("GET", "/", Map.of(), HttpHeaders.empty(), null, Instant.EPOCH, 2_005_000);
        assertThat(later.sinceReceiptOf(at)).isEqualTo(java.time.Duration.ofMillis(2));
    }

    @Test
    void awaitCountWakesUpWhenTheCountIsReached() throws Exception {
        RequestJournal j = new RequestJournal();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return j.awaitCount("GET", "/a", 3, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        j.record(request("GET", "/a"));
        j.record(request("GET", "/b"));
        j.record(request("GET", "/a"));
        assertThat(waiter).isNotDone();
        j.record(request("GET", "/a"));
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void awaitCountReturnsFalseOnTimeoutAndTrueAtOnceWhenAlreadyReached() throws Exception {
        RequestJournal j = new RequestJournal();
        assertThat(j.awaitCount(1, Duration.ofMillis(50))).isFalse();
        j.record(request("GET", "/a"));
        assertThat(j.awaitCount(1, Duration.ZERO)).isTrue();
    }
}
