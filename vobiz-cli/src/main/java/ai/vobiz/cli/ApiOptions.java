package ai.vobiz.cli;

import ai.vobiz.client.VobizClient;
import ai.vobiz.client.VobizClientBuilder;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpTransportProvider;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every API command takes: where to call, how, and how to print the result. */
public final class ApiOptions {
    static final List<String> TRANSPORTS = List.of("okhttp", "netty");
    static final int MAX_ATTEMPTS_LIMIT = 20;
    static final String DEFAULT_TRANSPORT = "okhttp";

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "API root (default: https://api.vobiz.ai; plain http only to loopback).")
    String baseUrl;

    @Option(
            names = "--transport",
            paramLabel = "NAME",
            description = "HTTP transport: okhttp or netty (default: okhttp).")
    String transport;

    @Option(
            names = "--connect-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Time allowed to connect, per attempt, such as 500ms, 2s, 1m (default: 10s).")
    Duration connectTimeout;

    @Option(
            names = "--read-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Longest silence while reading a response, per attempt (default: 30s).")
    Duration readTimeout;

    @Option(
            names = "--call-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Deadline for the whole call, retries included (default: 60s).")
    Duration callTimeout;

    @Option(
            names = "--max-attempts",
            paramLabel = "N",
            description = "Attempts per call, first one included; 1 disables retries (default: 3).")
    Integer maxAttempts;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print requests (headers redacted), responses, retries and their delays on stderr;"
                    + " print stack traces of errors.")
    boolean verbose;

    @Option(
            names = "--json",
            description = "Print the result as JSON with the API's field names (money as exact decimal strings).")
    boolean json;

    /** Checks what picocli cannot: value ranges and names. */
    void validate() {
        if (maxAttempts != null && (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT)) {
            throw new UsageException(
                    "--max-attempts must be between 1 and " + MAX_ATTEMPTS_LIMIT + ", got " + maxAttempts);
        }
        if (transport != null && !TRANSPORTS.contains(transport.toLowerCase(Locale.ROOT))) {
            throw new UsageException(
                    "unknown transport '" + transport + "': choose one of " + String.join(", ", TRANSPORTS));
        }
    }

    /** A client for the target, configured from these options. */
    VobizClient newClient(Target target, CliContext ctx, Console console) {
        VobizClientBuilder b =
                VobizClient.builder().credentials(target.credentials()).environment(ctx.environment());
        if (target.baseUrl() != null) {
            b.baseUrl(target.baseUrl());
        }
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        }
        if (maxAttempts != null) {
            RetryPolicy retry = RetryPolicy.ofDefaults()
                    .newBuilder()
                    .maxAttempts(maxAttempts)
                    .build();
            b.resilience(ResiliencePolicy.ofDefaults().newBuilder().retry(retry).build());
        }
        if (verbose) {
            b.events(new VerboseEvents(console));
        }
        if (ctx.transport().isPresent()) {
            b.transport(ctx.transport().get());
        } else if (transport != null) {
            b.transport(transport.toLowerCase(Locale.ROOT));
        } else if (HttpTransportProvider.available().stream()
                .anyMatch(p -> p.name().equals(DEFAULT_TRANSPORT))) {
            // A one-call process: OkHttp starts in about half the time of Netty's event loops.
            b.transport(DEFAULT_TRANSPORT);
        }
        return b.build();
    }
}
