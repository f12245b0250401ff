package ai.vobiz.testkit.junit;

import ai.vobiz.client.VobizAsyncClient;
import ai.vobiz.client.VobizClient;
import ai.vobiz.client.VobizClientBuilder;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import ai.vobiz.testkit.state.FakeSeed;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link FakeVobizServer} for a test class (default) or for each test, resets its
 * state, faults and journal after every test, and injects test parameters of type {@link FakeVobizServer},
 * {@link VobizClient} and {@link VobizAsyncClient}.
 *
 * <pre>{@code
 * class AccountTest {
 *     @RegisterExtension
 *     static FakeVobizExtension fake = FakeVobizExtension.perClass();
 *
 *     @Test
 *     void retrieves(VobizClient client, FakeVobizServer server) { ... }
 *
 *     @Test
 *     void partner(@Partner @InProcess VobizClient client) { ... }
 * }
 * }</pre>
 *
 * Also usable as {@code @ExtendWith(FakeVobizExtension.class)} (per class, transport by ServiceLoader).
 *
 * <p>Injected clients use the demo main account's credentials ({@link Partner @Partner}: the demo partner's), the
 * fake's base URL, and otherwise the SDK's defaults, including its retry policy and timeouts: a test that injects a
 * retryable fault sees the retries. Their transport is the one {@link java.util.ServiceLoader} finds, the one named
 * with {@link #transport(String)}, or the fake's in-process transport with {@link #inProcess()} or
 * {@link InProcess @InProcess}. Clients are closed after each test.
 */
public final class FakeVobizExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeVobizExtension.class);

    private final boolean perTest;
    private final boolean inProcess;
    private final @Nullable String transportName;
    private final @Nullable Path seedFile;
    private final @Nullable FakeSeed seed;
    private final @Nullable Clock clock;

    /** Per class, transport by ServiceLoader: what {@code @ExtendWith(FakeVobizExtension.class)} gives. */
    public FakeVobizExtension() {
        this(false, false, null, null, null, null);
    }

    private FakeVobizExtension(
            boolean perTest,
            boolean inProcess,
            @Nullable String transportName,
            @Nullable Path seedFile,
            @Nullable FakeSeed seed,
            @Nullable Clock clock) {
        this.perTest = perTest;
        this.inProcess = inProcess;
        this.transportName = transportName;
        this.seedFile = seedFile;
        this.seed = seed;
        this.clock = clock;
    }

    /** One server for the whole test class, reset after every test. Register in a static field. */
    public static FakeVobizExtension perClass() {
        return new FakeVobizExtension(false, false, null, null, null, null);
    }

    /** A fresh server for every test. */
    public static FakeVobizExtension perTest() {
        return new FakeVobizExtension(true, false, null, null, null, null);
    }

    /** Injected clients use the fake's in-process transport (no socket). */
    public FakeVobizExtension inProcess() {
        return new FakeVobizExtension(perTest, true, transportName, seedFile, seed, clock);
    }

    /** Injected clients use the transport with this name ({@code okhttp}, {@code netty}). */
    public FakeVobizExtension transport(String name) {
        return new FakeVobizExtension(perTest, inProcess, Objects.requireNonNull(name, "name"), seedFile, seed, clock);
    }

    /** The server starts from (and resets to) this seed file. */
    public FakeVobizExtension seed(Path seedFile) {
        return new FakeVobizExtension(perTest, inProcess, transportName, Objects.requireNonNull(seedFile), null, clock);
    }

    /** The server starts from (and resets to) this data. */
    public FakeVobizExtension seed(FakeSeed seed) {
        return new FakeVobizExtension(perTest, inProcess, transportName, null, Objects.requireNonNull(seed), clock);
    }

    /**
     * The server's timestamps come from this clock, which every reset restores (a test may set another with
     * {@link FakeVobizServer#clock(Clock)}; it lasts until the test ends).
     */
    public FakeVobizExtension clock(Clock clock) {
        return new FakeVobizExtension(
                perTest, inProcess, transportName, seedFile, seed, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The running server, for use from a {@code @RegisterExtension} field.
     *
     * @throws IllegalStateException outside a test's lifecycle
     */
    public FakeVobizServer server() {
        FakeVobizServer s = current;
        if (s == null) {
            throw new IllegalStateException("the fake Vobiz server runs only while a test of this class runs");
        }
        return s;
    }

    // Also kept here (besides the store) so that server() works from a static field.
    private volatile @Nullable FakeVobizServer current;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest || lookup(context) == null) {
            start(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Clients clients = context.getStore(NAMESPACE).remove(clientsKey(), Clients.class);
        if (clients != null) {
            clients.closeAll();
        }
        FakeVobizServer own = context.getStore(NAMESPACE).remove(serverKey(), FakeVobizServer.class);
        if (own != null) {
            own.close();
            current = lookup(context);
        } else {
            FakeVobizServer shared = lookup(context);
            if (shared != null) {
                shared.reset();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Clients clients = context.getStore(NAMESPACE).remove(clientsKey(), Clients.class);
        if (clients != null) {
            clients.closeAll();
        }
        FakeVobizServer s = context.getStore(NAMESPACE).remove(serverKey(), FakeVobizServer.class);
        if (s != null) {
            s.close();
        }
        current = null;
    }

    private void start(ExtensionContext context) {
        FakeVobizServer.Builder b = FakeVobizServer.builder();
        if (seedFile != null) {
            b.seed(seedFile);
        } else if (seed != null) {
            b.seed(seed);
        }
        if (clock != null) {
            b.clock(clock);
        }
        FakeVobizServer s = b.start();
        context.getStore(NAMESPACE).put(serverKey(), s);
        current = s;
    }

    private @Nullable FakeVobizServer lookup(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(serverKey(), FakeVobizServer.class);
    }

    private String serverKey() {
        return "server@" + System.identityHashCode(this);
    }

    private String clientsKey() {
        return "clients@" + System.identityHashCode(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == FakeVobizServer.class || type == VobizClient.class || type == VobizAsyncClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        FakeVobizServer s = lookup(extensionContext);
        if (s == null) {
            throw new ParameterResolutionException("the fake Vobiz server is not running in this context");
        }
        Class<?> type = parameterContext.getParameter().getType();
        if (type == FakeVobizServer.class) {
            return s;
        }
        boolean partner = parameterContext.isAnnotated(Partner.class);
        boolean local = inProcess
                || parameterContext.isAnnotated(InProcess.class)
                || annotated(extensionContext.getTestMethod().orElse(null))
                || annotated(extensionContext.getTestClass().orElse(null));
        VobizClientBuilder b = VobizClient.builder()
                .baseUrl(s.baseUrl())
                .credentials(
                        partner ? DemoData.PARTNER_AUTH_ID : DemoData.ACCOUNT_AUTH_ID,
                        partner ? DemoData.PARTNER_AUTH_TOKEN : DemoData.ACCOUNT_AUTH_TOKEN);
        if (local) {
            b.transport(s.inProcessTransport());
        } else if (transportName != null) {
            b.transport(transportName);
        }
        VobizClient client;
        try {
            client = b.build();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException(
                    "cannot build a VobizClient for the fake server (add a transport to the test class path, or use"
                            + " @InProcess): " + e.getMessage(),
                    e);
        }
        extensionContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(clientsKey(), k -> new Clients(), Clients.class)
                .add(client);
        return type == VobizAsyncClient.class ? client.async() : client;
    }

    private static boolean annotated(@Nullable AnnotatedElement element) {
        return element != null && element.isAnnotationPresent(InProcess.class);
    }

    /** Clients injected into one test, closed after it. */
    private static final class Clients {
        private final List<VobizClient> clients = new ArrayList<>();

        synchronized void add(VobizClient c) {
            clients.add(c);
        }

        synchronized void closeAll() {
            clients.forEach(VobizClient::close);
            clients.clear();
        }
    }
}
