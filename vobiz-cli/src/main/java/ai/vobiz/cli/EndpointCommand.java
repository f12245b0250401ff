package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.endpoint.Endpoint;
import ai.vobiz.endpoint.NoParams;
import ai.vobiz.error.VobizException;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.PagedIterable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

/**
 * The command of one declared endpoint, built from its declaration by {@link EndpointCommands}: its path parameters
 * are positional arguments, its request record's components are options ({@code perPage} is {@code --per-page}), and
 * a list also takes {@code --all} and {@code --limit}. What it prints: a record as an aligned summary or JSON; a page
 * as a table (or its envelope as JSON); {@code --all} streams every item, one page in memory at a time.
 */
final class EndpointCommand extends ApiCommand {
    @Option(names = "--all", description = "Fetch every page (lists only); streams, one page in memory at a time.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "At most N items, across pages (implies --all).")
    Long limit;

    private final Endpoint<?, ?> endpoint;
    private final List<PositionalParamSpec> positionals = new ArrayList<>();
    private final List<OptionSpec> fields = new ArrayList<>();

    EndpointCommand(Endpoint<?, ?> endpoint, CliContext ctx, Console console) {
        super(ctx, console);
        this.endpoint = endpoint;
    }

    /** Adds the endpoint's own arguments and options to the spec picocli built from this object. */
    CommandSpec describe(CommandSpec spec, String name) {
        spec.name(name);
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage()
                .description(endpoint.summary() + " (" + endpoint.method() + " " + endpoint.pathTemplate()
                        + (endpoint.idempotent() ? ")" : "; sent at most once)"));
        for (String p : endpoint.pathParams()) {
            PositionalParamSpec spec1 = PositionalParamSpec.builder()
                    .paramLabel(p.toUpperCase(java.util.Locale.ROOT))
                    .index(Integer.toString(positionals.size()))
                    .type(String.class)
                    .description("The " + p.replace('_', ' ') + ".")
                    .build();
            positionals.add(spec1);
            spec.addPositional(spec1);
        }
        if (endpoint.paramsType() != NoParams.class) {
            for (RecordComponent c : endpoint.paramsType().getRecordComponents()) {
                OptionSpec option = OptionsFromRecords.option(c);
                fields.add(option);
                spec.addOption(option);
            }
        }
        if (endpoint.paging() == null) {
            spec.remove(spec.findOption("--all"));
            spec.remove(spec.findOption("--limit"));
        }
        return spec;
    }

    private Object params;

    /** Checks the arguments, and builds the request record from them, before any server is contacted. */
    @Override
    void validateArguments() {
        if (limit != null && limit < 0) {
            throw new UsageException("--limit must be 0 or more, got " + limit);
        }
        params = params();
    }

    @Override
    Target.Scope scope() {
        return endpoint.scope() == CredentialScope.PARTNER ? Target.Scope.PARTNER : Target.Scope.ACCOUNT;
    }

    @Override
    String execute(VobizClient client) {
        String[] path = positionals.stream().map(p -> (String) p.getValue()).toArray(String[]::new);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Endpoint<Object, Object> e = (Endpoint) endpoint;
        if (endpoint.paging() == null) {
            return render((Record) client.invoker().call(e, params, path));
        }
        PageOutput out = new PageOutput(endpoint, console, options.json);
        if (all || limit != null) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            PagedIterable<Record> items = client.invoker().iterate((Endpoint) e, params, path);
            out.all(limit == null ? items : items.limit(limit));
        } else {
            @SuppressWarnings("unchecked")
            Page<Record> page = (Page<Record>) client.invoker().call(e, params, path);
            out.page(page);
        }
        return "";
    }

    /** A secret read from the first line of standard input when its {@code --…-stdin} flag is given, else null. */
    private String secret(RecordComponent c, OptionSpec flag) {
        if (!Boolean.TRUE.equals(flag.getValue())) {
            return null;
        }
        try {
            String line = new java.io.BufferedReader(
                            new java.io.InputStreamReader(ctx.in(), java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageException(flag.longestName() + " was given but standard input is empty");
            }
            console.addSecret(line);
            return line;
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + c.getName() + " from standard input: " + e.getMessage());
        }
    }

    /** The request record from the options given (validated by its constructor), or {@link NoParams#NONE}. */
    private Object params() {
        Class<?> type = endpoint.paramsType();
        if (type == NoParams.class) {
            return NoParams.NONE;
        }
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            values[i] = OptionsFromRecords.readsStdin(cs[i])
                    ? secret(cs[i], fields.get(i))
                    : fields.get(i).getValue();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof VobizException v) {
                throw v; // a documented rule broken: named, typed, and nothing was sent
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
        }
    }
}
