package ai.vobiz.port.transport;

import ai.vobiz.error.ConfigurationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

    /** The system property, then the environment variable, by which an operator chooses without code. */
    static final String PROPERTY = "vobiz.transport";

    static final String ENVIRONMENT_VARIABLE = "VOBIZ_TRANSPORT";

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
        return discover(System::getProperty, System.getenv());
    }

    /**
     * The operator's choice ({@value #PROPERTY}, then {@value #ENVIRONMENT_VARIABLE}) when there is one, else the only
     * provider found, else the preferred one, with a warning that says how to choose.
     */
    static HttpTransportProvider discover(UnaryOperator<String> systemProperties, Map<String, String> environment) {
        String property = systemProperties.apply(PROPERTY);
        if (property != null && !property.isBlank()) {
            return named(property.strip(), "the system property " + PROPERTY);
        }
        String variable = environment.get(ENVIRONMENT_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return named(variable.strip(), "the environment variable " + ENVIRONMENT_VARIABLE);
        }
        List<HttpTransportProvider> found = available();
        if (found.isEmpty()) {
            throw new ConfigurationException(MISSING);
        }
        HttpTransportProvider chosen = found.get(0);
        if (found.size() > 1 && CHOICE_LOGGED.compareAndSet(false, true)) {
            LOG.warn(
                    "Several Vobiz transports found ({}); using '{}', the one preferred when none is chosen. Choose with"
                            + " VobizClient.builder().transport(name), the system property {} or the environment"
                            + " variable {}, or keep one transport artifact.",
                    names(found),
                    chosen.name(),
                    PROPERTY,
                    ENVIRONMENT_VARIABLE);
        }
        return chosen;
    }

    static HttpTransportProvider named(String name) {
        return named(name, null);
    }

    /** @param source where the name came from when not from code, for the error message */
    private static HttpTransportProvider named(String name, @Nullable String source) {
        List<HttpTransportProvider> found = available();
        for (HttpTransportProvider p : found) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        String requested = "Transport '" + name + "' requested" + (source == null ? "" : " by " + source);
        if (found.isEmpty()) {
            throw new ConfigurationException(requested + ", but " + MISSING);
        }
        throw new ConfigurationException(
                requested + ", but no Vobiz transport has that name; found: " + names(found) + ".");
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
