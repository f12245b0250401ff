package ai.vobiz.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.state.FakeAccount;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeVobizExtensionPerClassTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass().inProcess();

    static final AtomicReference<FakeVobizServer> FIRST = new AtomicReference<>();

    @Test
    @Order(1)
    void injectsServerAndAccountClient(FakeVobizServer server, VobizClient client) {
        FIRST.set(server);
        assertThat(fake.server()).isSameAs(server);
        assertThat(client.account().retrieve().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        // Leave a mess for the next test to not see.
        server.faults().add(FaultRule.of(Fault.status(500)));
        server.state()
                .putAccount(
                        FakeAccount.builder().authId("MA_EXTRA").authToken("t").build());
    }

    @Test
    @Order(2)
    void sameServerButResetBetweenTests(FakeVobizServer server, @Partner VobizClient partner) {
        assertThat(server).isSameAs(FIRST.get());
        assertThat(server.faults().rules()).isEmpty();
        assertThat(server.journal().count()).isZero();
        assertThat(server.state().account("MA_EXTRA")).isEmpty();
        assertThat(partner.partner().profile().authId()).isEqualTo(DemoData.PARTNER_AUTH_ID);
        assertThat(server.journal().count("GET", "/api/v1/partner/me")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void injectsAsyncClients(VobizAsyncClient client) {
        assertThat(client.account().retrieve().join().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
    }
}
