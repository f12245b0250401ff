package ai.vobiz.cli;

import ai.vobiz.client.Credentials;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code vobiz} command: a command per declared endpoint ({@code account}, {@code partner},
 * {@code partner customers list}, {@code partner transfer}, …), plus {@code raw} and {@code fake}. Errors print one line,
 * {@code vobiz: <category>: <message>}, and exit with the code of their {@link ExitCode}.
 */
@Command(
        name = "vobiz",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Command-line client for the Vobiz API. Credentials come from VOBIZ_AUTH_ID and VOBIZ_AUTH_TOKEN;"
                + " without them (and without --base-url) an embedded fake server with demo data answers.",
        footer = {
            "",
            "Exit codes: 0 ok, 1 unexpected, 2 usage, 3 authentication, 4 permission,",
            "5 not found, 6 rate limited, 7 other client error, 8 server error,",
            "9 transport, 10 undecodable response, 11 circuit open."
        })
public final class VobizCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private VobizCli() {}

    public static void main(String[] args) {
        int code = run(args, CliContext.system());
        System.exit(code);
    }

    /** Runs the command line in this process and returns its exit code; nothing calls {@link System#exit}. */
    public static int run(String[] args, CliContext ctx) {
        Console console = new Console(ctx.out(), ctx.err());
        String token = ctx.environment().get(Credentials.AUTH_TOKEN_VARIABLE);
        if (token != null) {
            console.addSecret(token);
        }
        CommandLine cl = commandLine(ctx, console);
        try {
            return cl.execute(args);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    static CommandLine commandLine(CliContext ctx, Console console) {
        return commandLine(ctx, console, new CountDownLatch(1));
    }

    /** @param fakeStop released to stop {@code vobiz fake}; tests pass a released one so it returns at once */
    static CommandLine commandLine(CliContext ctx, Console console, CountDownLatch fakeStop) {
        CommandLine cl = new CommandLine(new VobizCli());
        EndpointCommands.register(cl, ctx, console);
        cl.addSubcommand(new RawCommand(ctx, console)).addSubcommand(new FakeCommand(console, fakeStop));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // "--data @file" is ours: picocli must not expand @file arguments itself.
        cl.setExpandAtFiles(false);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setParameterExceptionHandler((ex, args) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            console.err(
                    "vobiz: " + ExitCode.USAGE.category() + ": " + ex.getMessage() + " (see '" + command + " --help')");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = commandLine.getParseResult() != null
                    && commandLine.getParseResult().hasMatchedOption("--verbose");
            return Failures.report(ex, console, verbose);
        });
        return cl;
    }

    /** {@code vobiz} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
