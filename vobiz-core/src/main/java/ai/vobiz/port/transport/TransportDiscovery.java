package ai.vobiz.port.transport;

import ai.vobiz.error.ConfigurationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceLoader lookup behind {@link HttpTransportProvider#discover()}, {@link HttpTransportProvider#named} and
 * {@link HttpTransportProvider#available()}. It lives beside the port it looks up (package-private), so that the port
 * depends on nothing outside itself but the errors it documents.
 */
final class TransportDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(TransportDiscovery.class);
    static final String MISSING = "No Vobiz HTTP transport found on the class path or module path. Add one of the "
            + "artifacts ai.vobiz:vobiz-transport-okhttp or ai.vobiz:vobiz-transport-netty (versions aligned by "
            + "ai.vobiz:vobiz-bom), or pass a transport with VobizClient.builder().transport(...).";

    private static final Comparator<HttpTransportProvider> PREFERENCE = Comparator.comparingInt(
                    HttpTransportProvider::priority)
            .reversed()
            .thenComparing(HttpTransportProvider::name);

    /** The choice among several providers is logged once per JVM, not on every client built. */
    private static final AtomicBoolean CHOICE_LOGGED = new AtomicBoolean();

    private TransportDiscovery() {}

    static List<HttpTransportProvider> available() {
        List<HttpTransportProvider> found = new ArrayList<>();
        try {
            for (HttpTransportProvider p : ServiceLoader.load(HttpTransportProvider.class, loader())) {
                found.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException(
                    "A Vobiz HTTP transport is registered but cannot be loaded: " + e.getMessage(), e);
        }
        found.sort(PREFERENCE);
        return List.copyOf(found);
    }

    static HttpTransportProvider discover() {
        List<HttpTransportProvider> found = available();
        if (found.isEmpty()) {
            throw new ConfigurationException(MISSING);
        }
        HttpTransportProvider chosen = found.get(0);
        if (found.size() > 1 && CHOICE_LOGGED.compareAndSet(false, true)) {
            LOG.info(
                    "Several Vobiz transports found ({}); using '{}'. Choose one with VobizClient.builder().transport(name).",
                    names(found),
                    chosen.name());
        }
        return chosen;
    }

    static HttpTransportProvider named(String name) {
        List<HttpTransportProvider> found = available();
        for (HttpTransportProvider p : found) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        if (found.isEmpty()) {
            throw new ConfigurationException("Transport '" + name + "' requested, but " + MISSING);
        }
        throw new ConfigurationException("No Vobiz transport named '" + name + "'; found: " + names(found) + ".");
    }

    /** Lets tests observe the one log line again. */
    static void resetChoiceLogged() {
        CHOICE_LOGGED.set(false);
    }

    private static String names(List<HttpTransportProvider> providers) {
        return providers.stream().map(HttpTransportProvider::name).collect(Collectors.joining(", "));
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : TransportDiscovery.class.getClassLoader();
    }
}
