package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.error.ApiError;
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
import ai.vobiz.error.UnexpectedStatusException;
import ai.vobiz.error.VobizException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** One instance of every concrete SDK error, with the exit code it must produce. */
    static Map<VobizException, ExitCode> everyLeaf() {
        Map<VobizException, ExitCode> m = new LinkedHashMap<>();
        m.put(
                new AuthenticationException(ApiError.of(401, "unauthorized", "invalid credentials")),
                ExitCode.AUTHENTICATION);
        m.put(new PermissionException(ApiError.of(403, null, "forbidden")), ExitCode.PERMISSION);
        m.put(new NotFoundException(ApiError.of(404, null, "no such path")), ExitCode.NOT_FOUND);
        m.put(
                new RateLimitException(ApiError.of(429, null, "slow down"), Duration.ofSeconds(1)),
                ExitCode.RATE_LIMITED);
        m.put(new InvalidRequestException(ApiError.of(422, null, "bad")), ExitCode.CLIENT_ERROR);
        m.put(new RequestValidationException("amount", "must be greater than zero"), ExitCode.USAGE);
        m.put(new PaymentRequiredException(ApiError.of(402, "INSUFFICIENT_BALANCE", "pay")), ExitCode.CLIENT_ERROR);
        m.put(new ConflictException(ApiError.of(409, null, "conflict")), ExitCode.CLIENT_ERROR);
        m.put(new UnexpectedStatusException(ApiError.of(405, null, "method not allowed")), ExitCode.CLIENT_ERROR);
        m.put(new ServerException(ApiError.of(503, null, "down")), ExitCode.SERVER_ERROR);
        m.put(new ConnectFailedException("refused", new ConnectException("refused")), ExitCode.TRANSPORT);
        m.put(
                new TimeoutExceededException(
                        TimeoutExceededException.Phase.READ, Duration.ofMillis(200), "read timed out", null),
                ExitCode.TRANSPORT);
        m.put(new NetworkIOException("reset", new IOException("reset")), ExitCode.TRANSPORT);
        m.put(new ResponseTooLargeException(10, "too large"), ExitCode.TRANSPORT);
        m.put(new DecodingException("Account", null, "malformed JSON", "{oops"), ExitCode.UNDECODABLE);
        m.put(new CircuitOpenException("circuit breaker is open", Duration.ofSeconds(30)), ExitCode.CIRCUIT_OPEN);
        m.put(new ConfigurationException("no credentials"), ExitCode.USAGE);
        return m;
    }

    @Test
    void everyConcreteSdkErrorHasItsExitCode() {
        everyLeaf()
                .forEach((failure, expected) -> assertThat(
                                Failures.classify(failure).exitCode())
                        .as(failure.getClass().getSimpleName())
                        .isEqualTo(expected));
    }

    @Test
    void theMappingCoversTheWholeSealedHierarchy() {
        // Stands in for a pattern switch (Java 21): a new subtype in core fails here until it is mapped above.
        Set<Class<?>> leaves = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(Set.of(VobizException.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isSealed()) {
                todo.addAll(Set.of(c.getPermittedSubclasses()));
            } else {
                leaves.add(c);
            }
        }
        Set<Class<?>> mapped = new HashSet<>();
        everyLeaf().keySet().forEach(e -> mapped.add(e.getClass()));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(leaves);
        assertThat(everyLeaf().values()).doesNotContain(ExitCode.UNEXPECTED);
    }

    @Test
    void statusesOutsideTheTypedOnesFollowTheirClass() {
        assertThat(Failures.classify(new UnexpectedStatusException(ApiError.of(418, null, "teapot")))
                        .exitCode())
                .isEqualTo(ExitCode.CLIENT_ERROR);
        assertThat(Failures.classify(new UnexpectedStatusException(ApiError.of(599, null, "odd")))
                        .exitCode())
                .isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(Failures.classify(new UnexpectedStatusException(ApiError.of(302, null, "moved")))
                        .exitCode())
                .isEqualTo(ExitCode.UNEXPECTED);
    }

    @Test
    void wrappedFailuresAreUnwrappedAndOthersAreUnexpected() {
        assertThat(Failures.classify(new CompletionException(new ServerException(ApiError.of(500, null, "x"))))
                        .exitCode())
                .isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(Failures.classify(new IllegalStateException("boom")))
                .isEqualTo(new Failures.Outcome(ExitCode.UNEXPECTED, "IllegalStateException: boom"));
        assertThat(Failures.classify(new UsageException("bad")).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void reportPrintsOneRedactedLineAndTheTraceOnlyWhenVerbose() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err));
        console.addSecret("s3cr3t-token-value");
        int code = Failures.report(
                new AuthenticationException(ApiError.of(401, "unauthorized", "token s3cr3t-token-value\nis wrong")),
                console,
                false);
        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines())
                .containsExactly("vobiz: authentication failed: HTTP 401 unauthorized: token <redacted> is wrong");

        StringWriter verboseErr = new StringWriter();
        Console verbose = new Console(new PrintWriter(new StringWriter()), new PrintWriter(verboseErr));
        verbose.addSecret("s3cr3t-token-value");
        Failures.report(new IllegalStateException("s3cr3t-token-value leaked?"), verbose, true);
        assertThat(verboseErr.toString())
                .startsWith("vobiz: unexpected error: IllegalStateException: <redacted> leaked?")
                .contains("at ai.vobiz.cli.FailuresTest")
                .doesNotContain("s3cr3t-token-value");
    }
}
