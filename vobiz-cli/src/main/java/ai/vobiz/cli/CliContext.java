package ai.vobiz.cli;

import ai.vobiz.port.transport.HttpTransport;
import java.io.InputStream;
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
 * @param in standard input, from which secrets such as a password are read ({@code --password-stdin})
 */
public record CliContext(
        Map<String, String> environment,
        PrintWriter out,
        PrintWriter err,
        EmbeddedServer.Launcher fakeServer,
        Optional<HttpTransport> transport,
        InputStream in) {

    public CliContext {
        Objects.requireNonNull(in, "in");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(fakeServer, "fakeServer");
        Objects.requireNonNull(transport, "transport");
    }

    /** A context with nothing on standard input. */
    public CliContext(
            Map<String, String> environment,
            PrintWriter out,
            PrintWriter err,
            EmbeddedServer.Launcher fakeServer,
            Optional<HttpTransport> transport) {
        this(environment, out, err, fakeServer, transport, InputStream.nullInputStream());
    }

    /** The real process: its environment, standard streams and the testkit's fake server. */
    public static CliContext system() {
        return new CliContext(
                System.getenv(),
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                TestkitServer::start,
                Optional.empty(),
                System.in);
    }

    /** A copy whose commands all use this transport instance (which the caller closes). */
    public CliContext withTransport(HttpTransport shared) {
        return new CliContext(environment, out, err, fakeServer, Optional.of(shared), in);
    }

    /** A copy with another environment. */
    public CliContext withEnvironment(Map<String, String> env) {
        return new CliContext(env, out, err, fakeServer, transport, in);
    }

    /** A copy reading standard input from this text. */
    public CliContext withInput(String text) {
        return new CliContext(
                environment,
                out,
                err,
                fakeServer,
                transport,
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A copy with another embedded-server launcher. */
    public CliContext withFakeServer(EmbeddedServer.Launcher launcher) {
        return new CliContext(environment, out, err, launcher, transport, in);
    }
}
