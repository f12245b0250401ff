package ai.vobiz.port.transport;

import java.util.List;

/**
 * Creates transports; found with {@link java.util.ServiceLoader} so that adding a transport artifact to the class
 * path (or module path) is all it takes. Register an implementation in
 * {@code META-INF/services/ai.vobiz.port.transport.HttpTransportProvider} and, on the module path, with
 * {@code provides ai.vobiz.port.transport.HttpTransportProvider with ...}.
 */
public interface HttpTransportProvider {

    /** Creates a transport that applies the given options. */
    HttpTransport create(TransportOptions options);

    /** The transport's short name, as used by {@link #named(String)} and the CLI's {@code --transport}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Higher wins when several providers are present and none was chosen explicitly. */
    default int priority() {
        return 0;
    }

    /**
     * The provider to use when the code chose none: the one named by the system property {@code vobiz.transport} or,
     * without it, the environment variable {@code VOBIZ_TRANSPORT} (an operator's choice); else the only one found;
     * else, when several are found, the one with the highest priority (then the first name in alphabetical order),
     * with a warning, once, that says how to choose. OkHttp's priority is above Netty's.
     *
     * @throws ai.vobiz.error.ConfigurationException when none is found, naming the artifacts to add, or when the
     *     property or variable names no provider found
     */
    static HttpTransportProvider discover() {
        return TransportDiscovery.discover();
    }

    /**
     * The provider with this name.
     *
     * @throws ai.vobiz.error.ConfigurationException when no provider has that name, listing those found
     */
    static HttpTransportProvider named(String name) {
        return TransportDiscovery.named(name);
    }

    /** Every provider found, in the order {@link #discover()} prefers them. */
    static List<HttpTransportProvider> available() {
        return TransportDiscovery.available();
    }
}
