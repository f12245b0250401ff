package ai.vobiz.testkit;

import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.testkit.fault.FaultRegistry;
import ai.vobiz.testkit.journal.RequestJournal;
import ai.vobiz.testkit.server.AdminRoutes;
import ai.vobiz.testkit.server.FakeServerCore;
import ai.vobiz.testkit.state.FakeSeed;
import ai.vobiz.testkit.state.FakeState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory fake of the Vobiz API, served over real HTTP/1.1 on loopback (any transport, any language can call
 * it) and through an in-process {@link HttpTransport} (no socket).
 *
 * <pre>{@code
 * try (FakeVobizServer server = FakeVobizServer.start()) {
 *     VobizClient client = VobizClient.builder()
 *             .baseUrl(server.baseUrl())
 *             .credentials(DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN)
 *             .build();
 *     server.faults().add(FaultRule.of(Fault.status(503)).path("/api/v1/auth/me").times(1));
 *     client.account().retrieve();
 *     assertThat(server.journal().count("GET", "/api/v1/auth/me")).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>Serves every endpoint of core's {@code Endpoints.all()} (the account, the partner profile, the partner's customers
 * and balance transfers) in the documented wire shapes, over the data of its {@link #state() store}; 401
 * {@code {"error":"unauthorized","message":"invalid credentials"}} on missing or wrong credentials, 403 for the wrong
 * kind, 404 for unknown paths, 405 (with {@code Allow}) for a wrong method; {@code GET|POST /__test/echo} echoes the
 * request; {@code /__admin/…} manages the store's entities, injects faults and reads the journal without credentials.
 * Every response carries {@code X-Request-Id}. Thread-safe.
 */
public final class FakeVobizServer implements AutoCloseable {
    static {
        // Must be set before the first com.sun.net.httpserver.HttpServer exists (see FakeServerCore).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final FakeState state;
    private final RequestJournal journal = new RequestJournal();
    private final FaultRegistry faults = new FaultRegistry();
    private final FakeServerCore core;
    private final URI baseUrl;

    private FakeVobizServer(Builder b) {
        FakeSeed seed =
                b.seedData != null ? b.seedData : b.seedFile != null ? FakeSeed.read(b.seedFile) : FakeSeed.demo();
        this.state = new FakeState(seed, b.clock);
        this.core = new FakeServerCore(
                state, journal, faults, AdminRoutes.router(state, journal, faults, this::reset), b.port, b.threads);
        this.baseUrl = URI.create("http://127.0.0.1:" + core.port());
    }

    /** Starts a fake with the demo data on an ephemeral loopback port. */
    public static FakeVobizServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return core.port();
    }

    /** The active faults; add rules to misbehave. */
    public FaultRegistry faults() {
        return faults;
    }

    /** Every API request received. */
    public RequestJournal journal() {
        return journal;
    }

    /**
     * The store: every entity served (accounts, partners, customers, ledger rows, CDRs, numbers), typed by
     * {@link ai.vobiz.testkit.state.EntityKind}, changed atomically.
     */
    public FakeState state() {
        return state;
    }

    /** The clock every timestamp the fake writes comes from. */
    public Clock clock() {
        return state.clock();
    }

    /** Sets the clock until the next {@link #reset()}, which restores the builder's (default: the system's, UTC). */
    public void clock(Clock clock) {
        state.clock(clock);
    }

    /** Back to the seed data and the builder's clock, no faults, an empty journal; pending delays and stalls end now. */
    public void reset() {
        faults.clear();
        core.releasePauses();
        state.reset();
        journal.clear();
    }

    /**
     * A transport that calls the handlers directly (no socket) with default {@link TransportOptions}: the SDK's
     * default retry policy and 30 s read timeout. Use it with {@code VobizClient.builder().transport(...)}.
     */
    public HttpTransport inProcessTransport() {
        return inProcessTransport(TransportOptions.defaults());
    }

    /** A transport that calls the handlers directly, applying these options' retry policy and limits. */
    public HttpTransport inProcessTransport(TransportOptions options) {
        return core.inProcessTransport(Objects.requireNonNull(options, "options"));
    }

    /** Stops serving: pending delays and stalls are released, connections closed, threads stopped. */
    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return "FakeVobizServer{" + baseUrl + "}";
    }

    /** Builder for {@link FakeVobizServer}. */
    public static final class Builder {
        private int port;
        private @Nullable Path seedFile;
        private @Nullable FakeSeed seedData;
        private int threads = FakeServerCore.DEFAULT_THREADS;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The clock every timestamp the fake writes comes from (default: the system's, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The loopback port; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Starts from (and resets to) the data in this seed file (format: {@link FakeSeed}). */
        public Builder seed(Path seedFile) {
            this.seedFile = Objects.requireNonNull(seedFile, "seedFile");
            this.seedData = null;
            return this;
        }

        /** Starts from (and resets to) this data. */
        public Builder seed(FakeSeed seed) {
            this.seedData = Objects.requireNonNull(seed, "seed");
            this.seedFile = null;
            return this;
        }

        /** Handler threads of the HTTP server (default {@value FakeServerCore#DEFAULT_THREADS}). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public FakeVobizServer start() {
            return new FakeVobizServer(this);
        }
    }
}
