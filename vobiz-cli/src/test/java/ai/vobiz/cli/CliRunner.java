package ai.vobiz.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process with an injected environment and captured output. */
final class CliRunner {
    private final CliContext base;

    private CliRunner(CliContext base) {
        this.base = base;
    }

    static CliRunner with(Map<String, String> env, EmbeddedServer.Launcher launcher) {
        return new CliRunner(new CliContext(
                env,
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                launcher,
                java.util.Optional.empty()));
    }

    CliRunner transport(ai.vobiz.port.transport.HttpTransport transport) {
        return new CliRunner(base.withTransport(transport));
    }

    CliRunner input(String stdin) {
        return new CliRunner(base.withInput(stdin));
    }

    CliRunner env(Map<String, String> env) {
        return new CliRunner(base.withEnvironment(env));
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(
                base.environment(),
                new PrintWriter(out),
                new PrintWriter(err),
                base.fakeServer(),
                base.transport(),
                base.in());
        int code = VobizCli.run(args, ctx);
        return new Result(code, out.toString(), err.toString());
    }

    /** What one run produced. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
