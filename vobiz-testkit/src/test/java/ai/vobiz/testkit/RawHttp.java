package ai.vobiz.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A raw HTTP/1.1 exchange over a plain socket, to see exactly which bytes a fault puts on the wire. */
final class RawHttp {
    /**
     * What came back.
     *
     * @param bytes everything read
     * @param eof whether the server closed the connection (false: the read timed out with the connection open)
     */
    record Result(byte[] bytes, boolean eof) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        String head() {
            String t = text();
            int end = t.indexOf("\r\n\r\n");
            return end < 0 ? t : t.substring(0, end);
        }

        int status() {
            String line = head().split("\r\n", 2)[0];
            return Integer.parseInt(line.split(" ")[1]);
        }

        String bodyText() {
            return new String(body(), StandardCharsets.UTF_8);
        }

        byte[] body() {
            String t = text();
            int end = t.indexOf("\r\n\r\n");
            return end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        }

        long declaredLength() {
            for (String line : head().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    return Long.parseLong(line.substring(15).trim());
                }
            }
            return -1;
        }
    }

    private RawHttp() {}

    /** Sends a GET with the demo account credentials and reads until EOF or {@code readTimeoutMillis} of silence. */
    static Result get(FakeVobizServer server, String path, int readTimeoutMillis) {
        return send(
                server, "GET", path, DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN, null, readTimeoutMillis);
    }

    /**
     * Sends a request whose request line carries {@code path} byte for byte (no client re-encodes it), with these
     * credentials and an optional JSON body, and reads until EOF or {@code readTimeoutMillis} of silence.
     */
    static Result send(
            FakeVobizServer server,
            String method,
            String path,
            String authId,
            String token,
            String jsonBody,
            int readTimeoutMillis) {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-ID: " + authId
                + "\r\nX-Auth-Token: " + token + "\r\nConnection: close\r\n"
                + (jsonBody == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(readTimeoutMillis);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    got.write(buf, 0, n);
                }
                return new Result(got.toByteArray(), true);
            } catch (SocketTimeoutException e) {
                return new Result(got.toByteArray(), false);
            } catch (java.net.SocketException e) {
                // Connection reset counts as the server closing the connection.
                return new Result(got.toByteArray(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
