package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.junit.FakeVobizExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same service under surefire, which runs these tests on the module path too (module-info is present). */
class AccountServiceTest {
    @RegisterExtension
    static FakeVobizExtension fake = FakeVobizExtension.perClass();

    @Test
    void describesTheAccount(VobizClient client) {
        assertThat(AccountServiceTest.class.getModule().getName()).isEqualTo("com.example.app");
        assertThat(new AccountService(client).describe()).isEqualTo("Acme Corp (MA_XXXXXXXX)");
    }
}
