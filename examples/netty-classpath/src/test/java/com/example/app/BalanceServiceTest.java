package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import ai.vobiz.testkit.junit.Partner;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import io.netty.util.Version;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.cfg.PackageVersion;

class BalanceServiceTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void readsTheBalanceOverNetty(@Partner VobizClient partner, FakeVobizServer server) {
        BalanceService service = new BalanceService(ReactiveVobizClient.wrap(partner));

        assertThat(service.balance().block(Duration.ofSeconds(30))).isEqualTo("23906.83000");
        assertThat(server.journal().last().headers().firstValue("User-Agent")).hasValueSatisfying(agent -> assertThat(
                        agent)
                .endsWith("; netty)"));
    }

    /** The versions vobiz-bom aligns, as set by the build that runs this project (examples/pom.xml). */
    @Test
    void nettyAndJacksonAreTheVersionsTheSdkIsTestedWith() {
        Map<String, Version> netty = Version.identify();
        assertThat(netty).containsKeys("netty-common", "netty-transport", "netty-codec-http");
        assertThat(netty.values())
                .extracting(Version::artifactVersion)
                .containsOnly(System.getProperty("vobiz.expected.netty"));
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("vobiz.expected.jackson"));
    }

    /** vobiz-transport-netty leaves out what HTTP/1.1 and HTTPS never load (README, "Which transport?"). */
    @Test
    void carriesNeitherHttp3NorQuicNativesNorMicrometer() {
        for (String absent : new String[] {"io.netty.handler.codec.http3.Http3", "io.micrometer.core.instrument.Metrics"}) {
            assertThatThrownBy(() -> Class.forName(absent)).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(getClass().getClassLoader().getResource("META-INF/native/libnetty_quiche42_linux_x86_64.so"))
                .isNull();
    }
}
