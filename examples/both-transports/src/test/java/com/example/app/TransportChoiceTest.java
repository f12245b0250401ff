package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both transports on the class path: OkHttp unless the code or the operator chooses. */
class TransportChoiceTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass();

    @AfterEach
    void forgetTheOperatorsChoice() {
        System.clearProperty("vobiz.transport");
    }

    @Test
    void okHttpWhenNobodyChooses(FakeVobizServer server) {
        assertThat(reportFrom(server, null)).endsWith("; okhttp)");
    }

    @Test
    void theBuilderChooses(FakeVobizServer server) {
        assertThat(reportFrom(server, "netty")).endsWith("; netty)");
    }

    @Test
    void theOperatorChoosesWithASystemProperty(FakeVobizServer server) {
        System.setProperty("vobiz.transport", "netty");
        assertThat(reportFrom(server, null)).startsWith("Acme Corp via ").endsWith("; netty)");
        assertThat(server.journal().last().headers().firstValue("User-Agent")).hasValueSatisfying(agent -> assertThat(
                        agent)
                .endsWith("; netty)"));
    }

    private static String reportFrom(FakeVobizServer server, String transport) {
        var builder = VobizClient.builder()
                .baseUrl(server.baseUrl())
                .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
        if (transport != null) {
            builder.transport(transport);
        }
        try (VobizClient vobiz = builder.build()) {
            return TransportReport.of(vobiz);
        }
    }
}
