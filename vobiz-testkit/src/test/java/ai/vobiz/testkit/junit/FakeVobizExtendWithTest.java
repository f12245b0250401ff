package ai.vobiz.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVobizExtension.class)
class FakeVobizExtendWithTest {

    @Test
    void servesOverLoopbackHttp(FakeVobizServer server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/partner/me"))
                        .header("X-Auth-ID", DemoData.PARTNER_AUTH_ID)
                        .header("X-Auth-Token", DemoData.PARTNER_AUTH_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    @InProcess
    void inProcessOnTheMethod(VobizClient client, FakeVobizServer server) {
        assertThat(client.account().retrieve().authId()).isEqualTo(DemoData.ACCOUNT_AUTH_ID);
        assertThat(server.journal().count()).isEqualTo(1);
    }
}
