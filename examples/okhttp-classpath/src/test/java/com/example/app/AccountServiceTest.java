package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.cfg.PackageVersion;

class AccountServiceTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void describesTheAccountOverOkHttpAfterOneOutage(VobizClient client, FakeVobizServer server) {
        server.faults().add(FaultRule.of(Fault.status(503)).method("GET").path("/api/v1/auth/me").times(1));

        assertThat(new AccountService(client).describe()).isEqualTo("Acme Corp (MA_XXXXXXXX)");

        assertThat(server.journal().count("GET", "/api/v1/auth/me")).isEqualTo(2);
        assertThat(server.journal().last().headers().firstValue("User-Agent")).hasValueSatisfying(agent -> assertThat(
                        agent)
                .endsWith("; okhttp)"));
    }

    @Test
    void jacksonIsTheVersionTheSdkIsTestedWith() {
        // Set by the build that runs this project (examples/pom.xml): the version vobiz-bom must align.
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("vobiz.expected.jackson"));
    }
}
