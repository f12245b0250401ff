package ai.vobiz.testkit.conformance;

import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.FakeVobizServer;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * What a transport's conformance test supplies: how to create the transport for given options, and two optional
 * facts the suite checks against. Immutable.
 *
 * <pre>{@code
 * TransportUnderTest.provider(new OkHttpTransportProvider())
 *         .ownedThreadNamePrefixes("vobiz-okhttp-")
 *         .loggerName("ai.vobiz.transport.okhttp")
 * }</pre>
 */
public final class TransportUnderTest {
    private final BiFunction<FakeVobizServer, TransportOptions, HttpTransport> factory;
    private final List<String> ownedThreadNamePrefixes;
    private final @Nullable String loggerName;

    private TransportUnderTest(
            BiFunction<FakeVobizServer, TransportOptions, HttpTransport> factory,
            List<String> ownedThreadNamePrefixes,
            @Nullable String loggerName) {
        this.factory = factory;
        this.ownedThreadNamePrefixes = List.copyOf(ownedThreadNamePrefixes);
        this.loggerName = loggerName;
    }

    /** A network transport created by its provider; calls are sent to the fake server's {@code baseUrl()}. */
    public static TransportUnderTest provider(HttpTransportProvider provider) {
        Objects.requireNonNull(provider, "provider");
        return new TransportUnderTest((server, options) -> provider.create(options), List.of(), null);
    }

    /** Any transport, given the fake server the calls go to (an in-process transport binds to it). */
    public static TransportUnderTest factory(BiFunction<FakeVobizServer, TransportOptions, HttpTransport> factory) {
        return new TransportUnderTest(Objects.requireNonNull(factory, "factory"), List.of(), null);
    }

    /**
     * Name prefixes of the threads the transport starts. After {@code close()} no such thread may remain, daemon or
     * not; without prefixes the suite can only check that no new non-daemon thread remains.
     */
    public TransportUnderTest ownedThreadNamePrefixes(String... prefixes) {
        return new TransportUnderTest(factory, List.of(prefixes), loggerName);
    }

    /**
     * The SLF4J logger (category) the transport logs under. When set, the redaction group checks that this logger is
     * enabled at DEBUG and that its lines were captured, so that "no token in the logs" is not checked vacuously.
     */
    public TransportUnderTest loggerName(String loggerName) {
        return new TransportUnderTest(factory, ownedThreadNamePrefixes, Objects.requireNonNull(loggerName));
    }

    public HttpTransport create(FakeVobizServer server, TransportOptions options) {
        return Objects.requireNonNull(factory.apply(server, options), "the factory returned null");
    }

    public List<String> ownedThreadNamePrefixes() {
        return ownedThreadNamePrefixes;
    }

    public @Nullable String loggerName() {
        return loggerName;
    }
}
