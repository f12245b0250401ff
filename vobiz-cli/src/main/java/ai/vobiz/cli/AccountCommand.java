package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import picocli.CommandLine.Command;

/** {@code vobiz account}: the main account of the credentials ({@code GET /api/v1/auth/me}). */
@Command(
        name = "account",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the account of the credentials (GET /api/v1/auth/me).")
final class AccountCommand extends ApiCommand {
    AccountCommand(CliContext ctx, Console console) {
        super(ctx, console);
    }

    @Override
    Target.Scope scope() {
        return Target.Scope.ACCOUNT;
    }

    @Override
    String execute(VobizClient client) {
        return render(client.account().retrieve());
    }
}
