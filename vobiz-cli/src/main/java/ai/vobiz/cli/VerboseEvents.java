package ai.vobiz.cli;

import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;
import ai.vobiz.port.transport.TransportEvents;
import java.time.Duration;

/**
 * {@code --verbose}: prints each attempt, response, failure, retry and breaker transition on standard error, curl
 * style ({@code >} sent, {@code <} received, {@code *} notes). Headers print redacted; the console also redacts the
 * token value.
 */
final class VerboseEvents implements TransportEvents {
    private final Console console;

    VerboseEvents(Console console) {
        this.console = console;
    }

    @Override
    public void attemptStarted(HttpRequest request, int attempt) {
        console.err("> " + request.method() + " " + request.uri() + " (attempt " + attempt + ")");
        console.err(">   headers " + request.headers());
        byte[] body = request.body();
        if (body != null) {
            console.err(">   body " + body.length + " bytes");
        }
    }

    @Override
    public void responseReceived(HttpRequest request, int attempt, HttpResponse response, Duration elapsed) {
        console.err("< " + response.status() + " after " + DurationConverter.format(elapsed) + " (attempt " + attempt
                + ", " + response.body().length + " bytes)");
    }

    @Override
    public void attemptFailed(HttpRequest request, int attempt, Throwable failure, Duration elapsed) {
        console.err("* attempt " + attempt + " failed after " + DurationConverter.format(elapsed) + ": "
                + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    @Override
    public void retryScheduled(HttpRequest request, int nextAttempt, Duration delay, String reason) {
        console.err(
                "* retrying in " + DurationConverter.format(delay) + " (attempt " + nextAttempt + ") after " + reason);
    }

    @Override
    public void circuitStateChanged(String fromState, String toState) {
        console.err("* circuit breaker " + fromState + " -> " + toState);
    }
}
