package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the SDK version and the Java runtime. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "vobiz-java " + VobizClient.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "unknown") + ")"
        };
    }
}
