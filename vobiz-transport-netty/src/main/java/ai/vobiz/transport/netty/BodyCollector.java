package ai.vobiz.transport.netty;

import ai.vobiz.error.ResponseTooLargeException;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * Copies a response body out of Netty's buffers into one array, refusing to grow past the configured cap so that an
 * oversized (or endless) body fails fast instead of filling the heap. One instance per attempt; not thread-safe, but
 * a connection delivers its buffers on a single event-loop thread.
 */
final class BodyCollector {
    /** Arrays cannot be larger than this on common JVMs. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private static final byte[] EMPTY = new byte[0];

    private final long limit;
    private byte[] bytes;
    private int size;

    BodyCollector(long limit, long expectedLength) {
        this.limit = Math.min(limit, MAX_ARRAY);
        // Pre-size from Content-Length when it is known and sane; grow by doubling otherwise.
        long initial = expectedLength > 0 ? Math.min(expectedLength, this.limit) : 0;
        this.bytes = initial == 0 ? EMPTY : new byte[(int) Math.min(initial, 1L << 20)];
    }

    /** Appends the readable bytes of {@code buf}; throws when the total would exceed the cap. */
    void append(ByteBuf buf) {
        int n = buf.readableBytes();
        if (n == 0) {
            return;
        }
        long needed = (long) size + n;
        if (needed > limit) {
            throw tooLarge(limit);
        }
        if (needed > bytes.length) {
            long grown = Math.max(needed, Math.max(256L, (long) bytes.length * 2));
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, limit));
        }
        buf.readBytes(bytes, size, n);
        size = (int) needed;
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    static ResponseTooLargeException tooLarge(long limit) {
        return new ResponseTooLargeException(
                limit, "The response body exceeds the configured limit of " + limit + " bytes and was abandoned");
    }
}
