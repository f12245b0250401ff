package ai.vobiz.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, filtered in at build time. */
public final class VobizVersion {
    private static final String VERSION = load();

    private VobizVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VobizVersion.class.getResourceAsStream("/ai/vobiz/internal/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
