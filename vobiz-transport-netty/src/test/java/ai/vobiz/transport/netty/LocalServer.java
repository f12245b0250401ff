package ai.vobiz.transport.netty;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A scripted loopback HTTP server for transport tests: each request takes the next scripted reply. */
final class LocalServer implements AutoCloseable {
    /** What the server does with one request. */
    interface Reply {
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * A request as received, with the client's port (the same port means the same connection) and the time it arrived
     * ({@link System#nanoTime()}), to judge a retry's wait by what the server saw.
     */
    record Received(
            String method,
            String path,
            Map<String, List<String>> headers,
            byte[] body,
            int clientPort,
            long receivedNanos) {

        /** The time from {@code earlier}'s arrival to this one's. */
        Duration sinceReceiptOf(Received earlier) {
            return Duration.ofNanos(receivedNanos - earlier.receivedNanos);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Reply fallback = ok("{\"ok\":true}");

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                long receivedNanos = System.nanoTime();
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        body,
                        exchange.getRemoteAddress().getPort(),
                        receivedNanos));
                Reply reply = script.poll();
                (reply != null ? reply : fallback).handle(exchange);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    LocalServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    LocalServer always(Reply reply) {
        this.fallback = reply;
        return this;
    }

    List<Received> received() {
        return received;
    }

    /** Lets every pause go: replies that {@link #hang()}, and slow ones ({@link #after}, {@link #dripping}). */
    void release() {
        release.countDown();
    }

    static Reply ok(String json) {
        return status(200, Map.of("Content-Type", "application/json"), json);
    }

    static Reply status(int status, Map<String, String> headers, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    /** A chunked body of {@code size} bytes (no Content-Length). */
    static Reply chunked(int size) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[8192];
            for (int sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, size - sent));
            }
        };
    }

    /** A 200 whose body arrives in {@code chunks} pieces, {@code gap} apart: slow, but never silent for long. */
    Reply dripping(int chunks, Duration gap) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < chunks; i++) {
                pause(gap);
                out.write(("chunk " + i + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    /** {@code reply}, after the server has thought for {@code delay}. */
    Reply after(Duration delay, Reply reply) {
        return exchange -> {
            pause(delay);
            reply.handle(exchange);
        };
    }

    /** Accepts the request and answers only after {@link #release()} (or 10 s). */
    Reply hang() {
        return after(Duration.ofSeconds(10), status(200, Map.of(), "{}"));
    }

    /**
     * A slow server: waits {@code d}, or less once {@link #release()} or {@link #close()} lets every pause go, so
     * that stopping the server never waits out a slow reply.
     */
    private void pause(Duration d) throws IOException {
        try {
            release.await(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
