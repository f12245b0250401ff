package ai.vobiz.testkit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The body of an {@link ai.vobiz.testkit.fault.Fault.OversizedBody} fault: {@code {"padding":"xxx…"}} of exactly the
 * requested length (plain {@code x}s below 14 bytes), produced in chunks so it is never held in memory over HTTP.
 */
final class OversizedBodies {
    private static final byte[] PREFIX = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private OversizedBodies() {}

    static void write(OutputStream out, long bytes) throws IOException {
        boolean wrap = bytes >= PREFIX.length + SUFFIX.length;
        long fill = wrap ? bytes - PREFIX.length - SUFFIX.length : bytes;
        if (wrap) {
            out.write(PREFIX);
        }
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(fill, 1))];
        Arrays.fill(chunk, (byte) 'x');
        while (fill > 0) {
            int n = (int) Math.min(chunk.length, fill);
            out.write(chunk, 0, n);
            fill -= n;
        }
        if (wrap) {
            out.write(SUFFIX);
        }
    }

    static byte[] bytes(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes);
        try {
            write(out, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
