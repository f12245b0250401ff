package ai.vobiz.cli;

import ai.vobiz.error.ApiException;
import ai.vobiz.error.AuthenticationException;
import ai.vobiz.error.CircuitOpenException;
import ai.vobiz.error.ConfigurationException;
import ai.vobiz.error.ConflictException;
import ai.vobiz.error.ConnectFailedException;
import ai.vobiz.error.DecodingException;
import ai.vobiz.error.InvalidRequestException;
import ai.vobiz.error.NetworkIOException;
import ai.vobiz.error.NotFoundException;
import ai.vobiz.error.PaymentRequiredException;
import ai.vobiz.error.PermissionException;
import ai.vobiz.error.RateLimitException;
import ai.vobiz.error.RequestValidationException;
import ai.vobiz.error.ResponseTooLargeException;
import ai.vobiz.error.ServerException;
import ai.vobiz.error.TimeoutExceededException;
import ai.vobiz.error.TransportException;
import ai.vobiz.error.UnexpectedStatusException;
import ai.vobiz.error.VobizException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;

/**
 * Turns whatever a command threw into an exit code and one line on standard error:
 * {@code vobiz: <category>: <message>}. The stack trace is printed only with {@code --verbose}, redacted like
 * everything else.
 */
public final class Failures {
    private Failures() {}

    /** What a failure means for the user: its exit code and the message to print. */
    public record Outcome(ExitCode exitCode, String category, String message) {
        /** An outcome printed under its exit code's own category. */
        public Outcome(ExitCode exitCode, String message) {
            this(exitCode, exitCode.category(), message);
        }
    }

    /**
     * Classifies a failure. The SDK's errors form a sealed hierarchy; every leaf is named here (Java 17 has no
     * pattern switch, so a test walks the permitted subclasses to keep this exhaustive).
     */
    public static Outcome classify(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof VobizException v) {
            return classifyVobiz(v);
        }
        if (t instanceof UsageException || t instanceof CommandLine.ParameterException) {
            return new Outcome(ExitCode.USAGE, t.getMessage());
        }
        String message =
                t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
        return new Outcome(ExitCode.UNEXPECTED, message);
    }

    static Outcome classifyVobiz(VobizException v) {
        if (v instanceof ApiException api) {
            return new Outcome(classifyStatus(api), v.getMessage());
        }
        if (v instanceof TransportException transport) {
            return new Outcome(ExitCode.TRANSPORT, describeTransport(transport));
        }
        if (v instanceof DecodingException) {
            return new Outcome(ExitCode.UNDECODABLE, v.getMessage());
        }
        if (v instanceof CircuitOpenException open) {
            return new Outcome(
                    ExitCode.CIRCUIT_OPEN,
                    v.getMessage() + " (try again in " + DurationConverter.format(open.retryAfter()) + ")");
        }
        if (v instanceof RequestValidationException) {
            // A documented rule broken by the arguments: nothing was sent.
            return new Outcome(ExitCode.USAGE, v.getMessage());
        }
        if (v instanceof ConfigurationException) {
            // Missing credentials, a refused base URL, no transport: exit 2 like a usage error, named for what it is.
            return new Outcome(ExitCode.USAGE, "configuration", v.getMessage());
        }
        return new Outcome(ExitCode.UNEXPECTED, v.getClass().getSimpleName() + ": " + v.getMessage());
    }

    static ExitCode classifyStatus(ApiException api) {
        if (api instanceof AuthenticationException) {
            return ExitCode.AUTHENTICATION;
        }
        if (api instanceof PermissionException) {
            return ExitCode.PERMISSION;
        }
        if (api instanceof NotFoundException) {
            return ExitCode.NOT_FOUND;
        }
        if (api instanceof RateLimitException) {
            return ExitCode.RATE_LIMITED;
        }
        if (api instanceof InvalidRequestException
                || api instanceof PaymentRequiredException
                || api instanceof ConflictException) {
            return ExitCode.CLIENT_ERROR;
        }
        if (api instanceof ServerException) {
            return ExitCode.SERVER_ERROR;
        }
        if (api instanceof UnexpectedStatusException) {
            // 405, 410, 3xx...: judged by status class, since the subtype covers several.
            int status = api.status();
            if (status >= 500) {
                return ExitCode.SERVER_ERROR;
            }
            return status >= 400 ? ExitCode.CLIENT_ERROR : ExitCode.UNEXPECTED;
        }
        return ExitCode.UNEXPECTED;
    }

    private static String describeTransport(TransportException t) {
        String what;
        if (t instanceof ConnectFailedException) {
            what = "cannot connect";
        } else if (t instanceof TimeoutExceededException timeout) {
            what = timeout.phase().name().toLowerCase(java.util.Locale.ROOT) + " timeout ("
                    + DurationConverter.format(timeout.timeout()) + ") exceeded";
        } else if (t instanceof NetworkIOException) {
            what = "the exchange broke";
        } else if (t instanceof ResponseTooLargeException) {
            what = "response too large";
        } else {
            what = "transport failure";
        }
        return t.getMessage() == null ? what : what + ": " + t.getMessage();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof CommandLine.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Prints the failure on the console and returns its exit code. */
    public static int report(Throwable failure, Console console, boolean verbose) {
        Outcome outcome = classify(failure);
        String message = outcome.message() == null ? "" : outcome.message().replaceAll("\\s*\\R\\s*", " ");
        console.err("vobiz: " + outcome.category() + ": " + message);
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            console.err(trace.toString().stripTrailing());
        }
        return outcome.exitCode().code();
    }
}
