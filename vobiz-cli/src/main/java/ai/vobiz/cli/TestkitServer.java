package ai.vobiz.cli;

import ai.vobiz.client.Credentials;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.net.URI;

/** The testkit's fake Vobiz server with its demo data, on an ephemeral loopback port. */
final class TestkitServer implements EmbeddedServer {
    private final FakeVobizServer server;

    private TestkitServer(FakeVobizServer server) {
        this.server = server;
    }

    static EmbeddedServer start() {
        return new TestkitServer(FakeVobizServer.start());
    }

    @Override
    public URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public Credentials accountCredentials() {
        return new Credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
    }

    @Override
    public Credentials partnerCredentials() {
        return new Credentials(DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
    }

    @Override
    public void close() {
        server.close();
    }
}
