package ai.vobiz.cli;

import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.Endpoints;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds {@code vobiz <group> <operation> [ARGS] [options]} from the endpoint declarations: each declaration's
 * {@link Endpoint#cliCommand()} words name its command (so {@code partner customers list} is the subcommand
 * {@code list} of the group {@code customers} under {@code partner}). A group that is itself an endpoint
 * ({@code vobiz partner} shows the profile) runs it; any other group prints its usage.
 */
final class EndpointCommands {
    private EndpointCommands() {}

    static void register(CommandLine root, CliContext ctx, Console console) {
        Map<String, CommandLine> nodes = new HashMap<>();
        List<Endpoint<?, ?>> ordered = Endpoints.all().stream()
                .sorted(Comparator.comparingInt(e -> words(e).length))
                .toList();
        for (Endpoint<?, ?> endpoint : ordered) {
            String[] words = words(endpoint);
            CommandLine parent = root;
            for (int i = 0; i < words.length - 1; i++) {
                String key = String.join(" ", List.of(words).subList(0, i + 1));
                CommandLine p = parent;
                String word = words[i];
                parent = nodes.computeIfAbsent(key, k -> add(p, word, group(word)));
            }
            EndpointCommand command = new EndpointCommand(endpoint, ctx, console);
            CommandSpec spec = command.describe(CommandSpec.forAnnotatedObject(command), words[words.length - 1]);
            nodes.put(endpoint.cliCommand(), add(parent, words[words.length - 1], spec));
        }
    }

    private static String[] words(Endpoint<?, ?> e) {
        return e.cliCommand().trim().split("\\s+");
    }

    private static CommandLine add(CommandLine parent, String name, CommandSpec spec) {
        CommandLine child = new CommandLine(spec);
        parent.addSubcommand(name, child);
        return child;
    }

    /** A group of commands that runs none itself: prints its usage, as a usage error. */
    private static CommandSpec group(String name) {
        Group group = new Group();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(group);
        spec.name(name);
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().description("Commands about " + name + ".");
        group.spec = spec;
        return spec;
    }

    private static final class Group implements Callable<Integer> {
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCode.USAGE.code();
        }
    }
}
