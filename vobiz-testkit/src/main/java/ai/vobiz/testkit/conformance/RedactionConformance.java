package ai.vobiz.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.port.resilience.RetryPolicy;
import ai.vobiz.port.transport.HttpMethod;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.fault.Fault;
import ai.vobiz.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * No token value appears in any log line, exception message or {@code toString} produced by the transport. Runs
 * successes, error statuses, retries, a refused connection, a read timeout, an unreadable body and a redirect while
 * {@link LogCapture} records {@code System.out}/{@code System.err}, then searches the captured logs, every exception
 * in every cause chain (message and {@code toString}), and everything handed to the events observer.
 *
 * <p>Configure the test run so that the transport's debug logs reach the console, for example with slf4j-simple and
 * {@code src/test/resources/simplelogger.properties} containing {@code org.slf4j.simpleLogger.log.ai.vobiz=debug};
 * declare the logger with {@link TransportUnderTest#loggerName} and the group also checks that those lines were
 * captured, so the check cannot pass vacuously.
 */
@RequiresSocket
public abstract class RedactionConformance extends ConformanceSupport {
    private static final String WRONG_TOKEN = "wrong-token-MUST-NOT-LEAK-0123";

    @ParameterizedTest
    @EnumSource(Mode.class)
    void noTokenInLogsMessagesOrToString(Mode mode) {
        RecordingEvents events = new RecordingEvents();
        List<Throwable> failures = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        String logs;
        try (LogCapture capture = LogCapture.start()) {
            HttpTransport t = transport(
                    options().events(events).readTimeout(Duration.ofMillis(150)).build());
            rendered.add(t.toString());
            VobizClient client = client(t);
            rendered.add(client.toString());
            rendered.add(client.config().toString());

            client.account().retrieve();
            HttpRequest good = get(ME);
            rendered.add(good.toString());
            rendered.add(mode.send(t, good).toString());

            VobizClient wrong = client(t, DemoData.ACCOUNT_AUTH_ID, WRONG_TOKEN);
            rendered.add(wrong.toString());
            capture(
                    failures,
                    () -> mode.call(
                            () -> wrong.account().retrieve(),
                            () -> wrong.async().account().retrieve()));

            server().faults()
                    .add(FaultRule.of(Fault.status(503)).path(ME).times(2).build());
            rendered.add(mode.send(t, get(ME)).toString());

            capture(failures, () -> mode.send(t, request(HttpMethod.GET, closedPort(), ME, null)));

            server().faults()
                    .add(FaultRule.of(Fault.delay(Duration.ofSeconds(1)))
                            .path(ECHO)
                            .build());
            capture(failures, () -> mode.send(t, post(ECHO, "{\"auth_token\":\"" + TOKEN + "\"}")));
            server().faults().clear();

            server().faults()
                    .add(FaultRule.of(Fault.malformedJson()).path(ME).times(1).build());
            capture(
                    failures,
                    () -> mode.call(
                            () -> client.account().retrieve(),
                            () -> client.async().account().retrieve()));

            server().faults()
                    .add(FaultRule.of(Fault.htmlErrorPage(502)).path(ME).build());
            HttpTransport once = transport(
                    options().resilience(policy(RetryPolicy.disabled())).build());
            capture(failures, () -> client(once).account().retrieve());

            server().faults().clear();
            server().faults()
                    .add(FaultRule.of(Fault.redirect(302, "http://127.0.0.1:9/elsewhere"))
                            .path(ME)
                            .build());
            capture(
                    failures,
                    () -> mode.call(
                            () -> client.account().retrieve(),
                            () -> client.async().account().retrieve()));
            logs = capture.text();
        }
        assertThat(failures).hasSizeGreaterThanOrEqualTo(5);
        for (Throwable f : failures) {
            for (Throwable c = f; c != null; c = c.getCause()) {
                rendered.add(String.valueOf(c.getMessage()));
                rendered.add(c.toString());
            }
        }
        rendered.addAll(events.rendered());
        for (String secret : List.of(TOKEN, WRONG_TOKEN, DemoData.PARTNER_AUTH_TOKEN)) {
            assertThat(logs).as("captured logs").doesNotContain(secret);
            assertThat(rendered).as("messages and toString").noneMatch(s -> s.contains(secret));
        }
        String loggerName = transportUnderTest().loggerName();
        if (loggerName != null) {
            assertThat(LoggerFactory.getLogger(loggerName).isDebugEnabled())
                    .as("DEBUG must be enabled for %s so that its lines are checked", loggerName)
                    .isTrue();
            assertThat(logs).as("log lines of %s were captured", loggerName).contains(loggerName);
        }
    }

    private static void capture(List<Throwable> failures, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
