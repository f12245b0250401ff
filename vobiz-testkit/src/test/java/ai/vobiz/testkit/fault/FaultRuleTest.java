package ai.vobiz.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultRuleTest {

    @Test
    void timesHitsExactlyTheNextNMatchingRequests() {
        FaultRegistry faults = new FaultRegistry();
        faults.add(FaultRule.of(Fault.status(503)).method("get").path("/a").times(2));
        assertThat(faults.next("POST", "/a")).isEmpty();
        assertThat(faults.next("GET", "/b")).isEmpty();
        assertThat(faults.next("GET", "/a")).contains(Fault.status(503));
        assertThat(faults.next("GET", "/a")).contains(Fault.status(503));
        assertThat(faults.next("GET", "/a")).isEmpty();
        assertThat(faults.rules().get(0).exhausted()).isTrue();
    }

    @Test
    void timesIsExactUnderConcurrency() {
        FaultRule rule = FaultRule.of(Fault.closeConnection()).times(100).build();
        AtomicInteger fired = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            all.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 1000; i++) {
                    if (rule.tryFire()) {
                        fired.incrementAndGet();
                    }
                }
            }));
        }
        all.forEach(CompletableFuture::join);
        assertThat(fired.get()).isEqualTo(100);
    }

    @Test
    void fractionWithASeedIsReproducible() {
        List<Boolean> first =
                draws(FaultRule.of(Fault.status(500)).fraction(0.3, 42).build(), 1000);
        List<Boolean> second =
                draws(FaultRule.of(Fault.status(500)).fraction(0.3, 42).build(), 1000);
        List<Boolean> other =
                draws(FaultRule.of(Fault.status(500)).fraction(0.3, 7).build(), 1000);
        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(other);
        long hits = first.stream().filter(b -> b).count();
        assertThat(hits).isBetween(200L, 400L);
    }

    @Test
    void fractionZeroNeverAndOneAlways() {
        assertThat(draws(FaultRule.of(Fault.status(500)).fraction(0.0, 1).build(), 100))
                .containsOnly(false);
        assertThat(draws(FaultRule.of(Fault.status(500)).fraction(1.0, 1).build(), 100))
                .containsOnly(true);
    }

    @Test
    void unscopedRuleHitsEverythingUntilCleared() {
        FaultRegistry faults = new FaultRegistry();
        faults.add(Fault.truncateBody());
        assertThat(faults.next("DELETE", "/anything")).contains(Fault.truncateBody());
        assertThat(faults.next("GET", "/")).contains(Fault.truncateBody());
        faults.clear();
        assertThat(faults.next("GET", "/")).isEmpty();
    }

    @Test
    void prefixPathsAndFirstMatchWins() {
        FaultRegistry faults = new FaultRegistry();
        faults.add(FaultRule.of(Fault.status(429)).path("/api/v1/partner/*").times(1));
        faults.add(FaultRule.of(Fault.status(500)));
        assertThat(faults.next("GET", "/api/v1/partner/me")).contains(Fault.status(429));
        assertThat(faults.next("GET", "/api/v1/partner/me")).contains(Fault.status(500));
        assertThat(faults.next("GET", "/api/v1/auth/me")).contains(Fault.status(500));
    }

    @Test
    void removeOneRule() {
        FaultRegistry faults = new FaultRegistry();
        FaultRule rule = faults.add(FaultRule.of(Fault.malformedJson()));
        assertThat(faults.remove(rule)).isTrue();
        assertThat(faults.next("GET", "/")).isEqualTo(Optional.empty());
    }

    @Test
    void invalidFaultsAndScopesAreRejectedClearly() {
        assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.redirect(200, "/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.oversizedBody(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.of(Fault.truncateBody()).times(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.of(Fault.truncateBody()).fraction(1.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.of(Fault.truncateBody()).path("no-slash"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void factoriesBuildTheRecords() {
        assertThat(Fault.status(503, Map.of("Retry-After", "1")))
                .isEqualTo(new Fault.Respond(503, Map.of("Retry-After", "1"), null));
        assertThat(Fault.respond(400, "{}")).isEqualTo(new Fault.Respond(400, Map.of(), "{}"));
        assertThat(Fault.stallBody(Duration.ofSeconds(1))).isEqualTo(new Fault.StallBody(Duration.ofSeconds(1)));
        assertThat(Fault.htmlErrorPage(502)).isEqualTo(new Fault.HtmlErrorPage(502));
        assertThat(Fault.oversizedBody(10)).isEqualTo(new Fault.OversizedBody(10));
        assertThat(FaultRule.of(Fault.closeConnection())
                        .method("post")
                        .path("/x")
                        .times(3)
                        .build()
                        .toString())
                .contains("POST /x", "next 3");
    }

    private static List<Boolean> draws(FaultRule rule, int n) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(rule.matches("GET", "/x") && rule.tryFire());
        }
        return out;
    }
}
