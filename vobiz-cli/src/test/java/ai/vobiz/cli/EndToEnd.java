package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.partner.TransferBalanceRequest;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;

/** What the SDK end-to-end tests share: a demo partner's client of a fake server, on a named transport. */
final class EndToEnd {
    private EndToEnd() {}

    static VobizClient partnerClient(FakeVobizServer server, String transport) {
        return VobizClient.builder()
                .transport(transport)
                .baseUrl(server.baseUrl().toString())
                .credentials(DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN)
                .build();
    }

    static TransferBalanceRequest inr(String amount) {
        return TransferBalanceRequest.builder().amount(amount).currency("INR").build();
    }
}
