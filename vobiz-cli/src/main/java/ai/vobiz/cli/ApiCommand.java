package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that calls the Vobiz API once and prints the result. */
abstract class ApiCommand implements Callable<Integer> {
    @Mixin
    ApiOptions options = new ApiOptions();

    final CliContext ctx;
    final Console console;

    ApiCommand(CliContext ctx, Console console) {
        this.ctx = ctx;
        this.console = console;
    }

    /** Which demo credentials the embedded server should hand out. */
    abstract Target.Scope scope();

    /** Makes the call and returns what to print on standard output (null or empty: nothing). */
    abstract String execute(VobizClient client);

    /** Checks the command's own arguments before anything is started. */
    void validateArguments() {}

    @Override
    public Integer call() {
        options.validate();
        validateArguments();
        try (Target target = Target.resolve(ctx, options, scope(), console);
                VobizClient client = options.newClient(target, ctx, console)) {
            String output = execute(client);
            if (output != null && !output.isEmpty()) {
                console.out(output);
            }
        }
        return ExitCode.SUCCESS.code();
    }

    String render(Record model) {
        return options.json ? Render.prettyJson(Render.toJson(model)) : Render.summary(model);
    }
}
