package ai.vobiz.cli;

import ai.vobiz.client.RawRequest;
import ai.vobiz.client.RawResponse;
import ai.vobiz.client.VobizClient;
import ai.vobiz.port.transport.HttpMethod;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code vobiz raw METHOD PATH}: any endpoint, with the SDK's credentials, retries and error mapping. */
@Command(
        name = "raw",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Send any request and print the response JSON, e.g. raw GET /api/v1/partner/accounts"
                + " --query per_page=50")
final class RawCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "Path under the base URL, starting with /.")
    String path;

    @Option(
            names = {"-d", "--data"},
            paramLabel = "JSON|@FILE",
            description = "JSON request body, given inline or read from a file with @path.")
    String data;

    @Option(
            names = {"-q", "--query"},
            paramLabel = "NAME=VALUE",
            description = "Query parameter; repeat for several.")
    List<String> query = new ArrayList<>();

    private RawRequest request;

    RawCommand(CliContext ctx, Console console) {
        super(ctx, console);
    }

    @Override
    void validateArguments() {
        request = buildRequest();
    }

    @Override
    Target.Scope scope() {
        return path.startsWith("/api/v1/partner/") ? Target.Scope.PARTNER : Target.Scope.ACCOUNT;
    }

    @Override
    String execute(VobizClient client) {
        RawResponse response = client.raw().send(request);
        JsonNode json = response.json();
        return json.isMissingNode() ? "" : Render.prettyJson(json);
    }

    RawRequest buildRequest() {
        HttpMethod m;
        try {
            m = HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown HTTP method '" + method + "': use one of GET, POST, PUT, PATCH, DELETE,"
                    + " HEAD, OPTIONS");
        }
        String p = path;
        List<String> params = new ArrayList<>();
        int q = p.indexOf('?');
        if (q >= 0) {
            for (String pair : p.substring(q + 1).split("&")) {
                if (!pair.isEmpty()) {
                    params.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
                }
            }
            p = p.substring(0, q);
        }
        params.addAll(query);
        try {
            RawRequest.Builder b = RawRequest.builder(m, p);
            for (String param : params) {
                int eq = param.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--query needs NAME=VALUE, got '" + param + "'");
                }
                b.query(param.substring(0, eq), param.substring(eq + 1));
            }
            if (data != null) {
                b.body(readData(data));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static String readData(String data) {
        if (!data.startsWith("@")) {
            return data;
        }
        String file = data.substring(1);
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new UsageException("cannot read --data file '" + file + "': "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
