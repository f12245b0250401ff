package ai.vobiz.cli;

import ai.vobiz.client.Credentials;
import java.net.URI;

/**
 * A Vobiz server the CLI starts for itself when no credentials are configured: the testkit's fake with its demo data.
 * An interface so tests can count starts and stops.
 */
public interface EmbeddedServer extends AutoCloseable {

    /** Where the server listens, such as {@code http://127.0.0.1:40123}. */
    URI baseUrl();

    /** Demo credentials of the main account. */
    Credentials accountCredentials();

    /** Demo credentials of the partner. */
    Credentials partnerCredentials();

    /** Stops the server. */
    @Override
    void close();

    /** Starts an embedded server. */
    @FunctionalInterface
    interface Launcher {
        EmbeddedServer start();
    }
}
