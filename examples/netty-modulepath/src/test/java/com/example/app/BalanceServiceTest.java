package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.junit.Partner;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Under surefire, on the module path (the tests are patched into com.example.app). */
class BalanceServiceTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void readsTheBalance(@Partner VobizClient partner) {
        assertThat(getClass().getModule().isNamed()).isTrue();
        Duration patience = Duration.ofSeconds(30);
        assertThat(new BalanceService(ReactiveVobizClient.wrap(partner)).balance().block(patience))
                .isEqualTo("23906.83000");
    }
}
