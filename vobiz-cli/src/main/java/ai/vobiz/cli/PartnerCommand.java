package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import picocli.CommandLine.Command;

/** {@code vobiz partner}: the partner profile of partner credentials ({@code GET /api/v1/partner/me}). */
@Command(
        name = "partner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the partner profile of partner credentials (GET /api/v1/partner/me).")
final class PartnerCommand extends ApiCommand {
    PartnerCommand(CliContext ctx, Console console) {
        super(ctx, console);
    }

    @Override
    Target.Scope scope() {
        return Target.Scope.PARTNER;
    }

    @Override
    String execute(VobizClient client) {
        return render(client.partner().profile());
    }
}
