package ai.vobiz.testkit.server;

import ai.vobiz.port.transport.HttpHeaders;
import ai.vobiz.testkit.fault.Fault;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Serves the {@link FakeApi} over the JDK's built-in HTTP server and applies delivery faults at the socket level:
 * closing without a response, truncating or stalling the body, delaying, streaming oversized bodies.
 */
final class HttpAdapter implements HttpHandler {
    private final FakeApi api;
    private final Pauses pauses;

    HttpAdapter(FakeApi api, Pauses pauses) {
        this.api = api;
        this.pauses = pauses;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        FakeRequest request = FakeRequest.of(
                exchange.getRequestMethod(), exchange.getRequestURI(), headers(exchange.getRequestHeaders()), body);
        Pauses.Ticket ticket = pauses.ticket();
        Outcome outcome = api.handle(request);
        Fault fault = outcome.fault();
        FakeResponse response = outcome.response();
        if (fault == null) {
            send(exchange, response);
        } else if (fault instanceof Fault.Delay d) {
            pauses.block(ticket, d.delay());
            send(exchange, response);
        } else if (fault instanceof Fault.CloseConnection) {
            // Closing an exchange before its headers are sent closes the connection: the client reads EOF.
            exchange.close();
        } else if (fault instanceof Fault.TruncateBody) {
            sendPart(exchange, response);
            throw new IOException("fault: body truncated on purpose");
        } else if (fault instanceof Fault.StallBody s) {
            sendPart(exchange, response);
            pauses.block(ticket, s.stall());
            throw new IOException("fault: stalled body abandoned on purpose");
        } else if (fault instanceof Fault.OversizedBody o) {
            copyHeaders(exchange, response);
            exchange.sendResponseHeaders(200, o.bytes() == 0 ? -1 : o.bytes());
            try (OutputStream out = exchange.getResponseBody()) {
                OversizedBodies.write(out, o.bytes());
            }
        } else {
            send(exchange, response);
        }
    }

    /** Headers with the full Content-Length, then about half of the body (at least one byte short), flushed. */
    private static void sendPart(HttpExchange exchange, FakeResponse response) throws IOException {
        byte[] body = response.body().length > 0 ? response.body() : "{}".getBytes(StandardCharsets.US_ASCII);
        copyHeaders(exchange, response);
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, Math.max(0, Math.min(body.length / 2, body.length - 1)));
        out.flush();
    }

    private static void send(HttpExchange exchange, FakeResponse response) throws IOException {
        copyHeaders(exchange, response);
        byte[] body = response.body();
        boolean noBody = body.length == 0
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD")
                || response.status() == 204
                || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static void copyHeaders(HttpExchange exchange, FakeResponse response) {
        Headers h = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> e : response.headers().toMap().entrySet()) {
            h.put(e.getKey(), e.getValue());
        }
    }

    private static HttpHeaders headers(Headers in) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (Map.Entry<String, List<String>> e : in.entrySet()) {
            for (String v : e.getValue()) {
                try {
                    b.add(e.getKey(), v);
                } catch (IllegalArgumentException ignored) {
                    // A header core would reject (odd characters) is dropped rather than failing the request.
                }
            }
        }
        return b.build();
    }
}
