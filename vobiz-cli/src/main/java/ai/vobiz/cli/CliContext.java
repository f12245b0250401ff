package ai.vobiz.cli;

import ai.vobiz.port.transport.HttpTransport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a CLI run reads from or writes to the outside world, injectable so tests run commands in-process with
 * their own environment and captured output.
 *
 * @param environment the variables to read credentials from (the process environment in production)
 * @param out standard output
 * @param err standard error
 * @param fakeServer starts the embedded fake server used when no credentials are configured
 * @param transport a transport instance shared by every command of this context instead of one per command; only
 *     tests set it (for instance to keep one circuit breaker across several commands)
 */
public record CliContext(
        Map<String, String> environment,
        PrintWriter out,
        PrintWriter err,
        EmbeddedServer.Launcher fakeServer,
        Optional<HttpTransport> transport) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(fakeServer, "fakeServer");
        Objects.requireNonNull(transport, "transport");
    }

    /** The real process: its environment, standard streams and the testkit's fake server. */
    public static CliContext system() {
        return new CliContext(
                System.getenv(),
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                TestkitServer::start,
                Optional.empty());
    }

    /** A copy whose commands all use this transport instance (which the caller closes). */
    public CliContext withTransport(HttpTransport shared) {
        return new CliContext(environment, out, err, fakeServer, Optional.of(shared));
    }

    /** A copy with another environment. */
    public CliContext withEnvironment(Map<String, String> env) {
        return new CliContext(env, out, err, fakeServer, transport);
    }

    /** A copy with another embedded-server launcher. */
    public CliContext withFakeServer(EmbeddedServer.Launcher launcher) {
        return new CliContext(environment, out, err, launcher, transport);
    }
}
