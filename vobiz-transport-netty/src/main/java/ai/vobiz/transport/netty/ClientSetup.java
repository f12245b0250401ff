package ai.vobiz.transport.netty;

import ai.vobiz.port.transport.TransportOptions;
import ai.vobiz.port.transport.support.DeadlineTimer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The transport's configuration of reactor-netty: the {@link HttpClient} built from the {@link NettyTransport.Builder}
 * and the {@link TransportOptions} (timeouts, no redirects, no silent resend), and what the transport owns of it (a
 * dedicated pool and event loops), which {@link #release} disposes. Resources handed in by the user are used, never
 * disposed.
 */
final class ClientSetup {
    private static final Logger LOG = LoggerFactory.getLogger(NettyTransport.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final @Nullable ConnectionProvider ownedProvider;
    private final @Nullable LoopResources ownedLoops;
    private final String threadNamePrefix;

    ClientSetup(NettyTransport.Builder b, String threadNamePrefix) {
        this.threadNamePrefix = threadNamePrefix;
        TransportOptions options = b.options;
        if (b.httpClient != null && b.connectionProvider != null) {
            throw new IllegalStateException(
                    "Give either an HttpClient or a ConnectionProvider, not both: an HttpClient already has its pool");
        }
        ConnectionProvider provider = null;
        LoopResources loops = b.loopResources;
        HttpClient base;
        if (b.httpClient != null) {
            base = b.httpClient;
            this.ownedProvider = null;
            this.ownedLoops = null;
        } else {
            if (b.connectionProvider != null) {
                provider = b.connectionProvider;
                this.ownedProvider = null;
            } else {
                provider = ConnectionProvider.builder(threadNamePrefix)
                        .maxConnections(b.maxConnections)
                        .pendingAcquireMaxCount(b.pendingAcquireMaxCount)
                        .pendingAcquireTimeout(options.callTimeout())
                        .maxIdleTime(b.maxIdleTime)
                        .build();
                this.ownedProvider = provider;
            }
            if (loops == null) {
                loops = LoopResources.create(threadNamePrefix, b.eventLoopThreads, true);
                this.ownedLoops = loops;
            } else {
                this.ownedLoops = null;
            }
            base = HttpClient.create(provider);
        }
        if (loops != null) {
            base = base.runOn(loops);
        }
        // Applied last so that a user-supplied HttpClient cannot switch them off.
        base = base.followRedirect(false)
                // reactor-netty would otherwise silently resend a request whose connection broke, a POST included.
                .disableRetry(true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, saturatedMillis(options.connectTimeout()));
        this.client = withReadTimeout(base, options.readTimeout());
    }

    /** The configured client: timeouts, no redirects, no silent resend. */
    HttpClient client() {
        return client;
    }

    /**
     * The read timeout: on HTTP/1.1 (the default) a {@link ResponseSilenceTimeout} installed once per connection; on
     * any other protocol a user's client may have chosen, reactor-netty's per-request {@code responseTimeout}.
     */
    private static HttpClient withReadTimeout(HttpClient client, Duration readTimeout) {
        HttpProtocol[] protocols = client.configuration().protocols();
        if (protocols.length != 1 || protocols[0] != HttpProtocol.HTTP11) {
            return client.responseTimeout(readTimeout);
        }
        long nanos = DeadlineTimer.saturatedNanos(readTimeout);
        return client.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            ResponseSilenceTimeout handler = new ResponseSilenceTimeout(nanos);
            // Behind the HTTP codec, to see requests and responses rather than bytes.
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, ResponseSilenceTimeout.NAME, handler);
            } else if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
                pipeline.addBefore(NettyPipeline.ReactiveBridge, ResponseSilenceTimeout.NAME, handler);
            } else {
                pipeline.addLast(ResponseSilenceTimeout.NAME, handler);
            }
        });
    }

    private static int saturatedMillis(Duration d) {
        long ms = d.toMillis();
        return ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(1, ms);
    }

    /**
     * Disposes the pool and the event loops the transport created. From a thread that may block, waits briefly for
     * them, and for the loops' threads to end; from a non-blocking thread, only starts the disposal.
     */
    void release(boolean mayBlock) {
        Mono<Void> release = Mono.empty();
        if (ownedProvider != null) {
            release = release.then(ownedProvider.disposeLater());
        }
        if (ownedLoops != null) {
            release = release.then(ownedLoops.disposeLater(Duration.ZERO, CLOSE_TIMEOUT));
        }
        if (!mayBlock) {
            release.subscribe(null, e -> LOG.warn("Releasing Netty resources failed", e));
            return;
        }
        try {
            release.block(CLOSE_TIMEOUT.plusSeconds(1));
        } catch (RuntimeException e) {
            LOG.warn("Releasing Netty resources did not finish cleanly", e);
        }
        if (ownedLoops != null) {
            awaitOwnedThreadsExit();
        }
    }

    /**
     * The loop group reports termination from inside its threads, just before they exit: wait for them, so that
     * nothing of this transport is running once {@code close()} returns.
     */
    private void awaitOwnedThreadsExit() {
        String marker = threadNamePrefix + "-";
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread == Thread.currentThread() || !thread.getName().startsWith(marker)) {
                continue;
            }
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMillis <= 0) {
                return;
            }
            try {
                thread.join(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
