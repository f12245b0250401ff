package ai.vobiz.transport.netty;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The read timeout of an HTTP/1.1 connection: while an exchange is in flight (from the request's first write to the
 * response's last content), silence longer than the timeout fails it with {@link ReadTimeoutException} and closes
 * the connection. A connection resting in the pool between exchanges is never timed out.
 *
 * <p>Why not reactor-netty's {@code responseTimeout}: it adds a {@code ReadTimeoutHandler} to the pipeline after every
 * request and removes it after every response, which costs each call a pipeline edit, a scheduled task, its
 * cancellation and an {@code onTerminate} subscription (about 5 % of the client's CPU per call in the paired
 * benchmark). This handler is installed once per connection; an exchange costs a clock read per write and per read
 * burst, and the check task is scheduled at most once per timeout period, not per exchange.
 *
 * <p>Runs on the connection's event loop only, so it needs no synchronisation.
 */
final class ResponseSilenceTimeout extends ChannelDuplexHandler {
    /** Its name in the pipeline. */
    static final String NAME = "vobiz.responseSilenceTimeout";

    private final long timeoutNanos;
    /** The event loop's clock (a mock one in tests); read only on the loop. */
    private Ticker clock = Ticker.systemTicker();

    private boolean inFlight;
    private boolean readSinceLastBurst;
    private long lastActivity;
    private @Nullable ScheduledFuture<?> check;

    ResponseSilenceTimeout(long timeoutNanos) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeoutNanos + " ns");
        }
        this.timeoutNanos = timeoutNanos;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        clock = ctx.executor().ticker();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpRequest) {
            inFlight = true;
        }
        if (inFlight) {
            // Writing is progress too: the silence the timeout measures starts once the request is out.
            lastActivity = clock.nanoTime();
            if (check == null) {
                check = ctx.executor().schedule(() -> check(ctx), timeoutNanos, TimeUnit.NANOSECONDS);
            }
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (inFlight) {
            readSinceLastBurst = true;
            if (msg instanceof LastHttpContent) {
                inFlight = false;
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        // One clock read per burst of reads, as Netty's IdleStateHandler does, rather than one per message.
        if (readSinceLastBurst) {
            readSinceLastBurst = false;
            lastActivity = clock.nanoTime();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        stop();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    /**
     * Runs once per timeout period while exchanges keep the connection busy: fails the one in flight if it has been
     * silent for the whole timeout, otherwise looks again when it could next have been.
     */
    private void check(ChannelHandlerContext ctx) {
        check = null;
        if (!inFlight || !ctx.channel().isActive()) {
            return; // the next request schedules a new check
        }
        long silent = clock.nanoTime() - lastActivity;
        if (silent >= timeoutNanos) {
            inFlight = false;
            ctx.fireExceptionCaught(ReadTimeoutException.INSTANCE);
            ctx.close();
        } else {
            check = ctx.executor().schedule(() -> check(ctx), timeoutNanos - silent, TimeUnit.NANOSECONDS);
        }
    }

    private void stop() {
        inFlight = false;
        ScheduledFuture<?> pending = check;
        if (pending != null) {
            check = null;
            pending.cancel(false);
        }
    }
}
