package ai.vobiz.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeVobizExtensionPerTestTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perTest();

    static final Set<Integer> PORTS = new HashSet<>();

    @RepeatedTest(3)
    void freshServerEveryTest(FakeVobizServer server, @InProcess VobizClient client) {
        assertThat(PORTS.add(System.identityHashCode(server))).isTrue();
        assertThat(server.journal().count()).isZero();
        assertThat(client.account().retrieve().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
    }
}
