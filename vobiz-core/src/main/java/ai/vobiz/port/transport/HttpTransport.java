package ai.vobiz.port.transport;

import ai.vobiz.error.VobizException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The driven port: sends one logical call and hands back the final response, after applying the
 * {@link ai.vobiz.port.resilience.ResiliencePolicy} given in {@link TransportOptions} (retries, circuit breaking,
 * timeouts). Implementations are thread-safe and shared by every call of a client.
 *
 * <p>Contract every implementation honours (the testkit's conformance suite checks it):
 * <ul>
 *   <li>Any HTTP status, 4xx and 5xx included, completes normally with a {@link HttpResponse}; core maps statuses to
 *       errors. Redirects are never followed.
 *   <li>Failures complete exceptionally with a {@link ai.vobiz.error.TransportException} subtype, or
 *       {@link ai.vobiz.error.CircuitOpenException} when the breaker rejects the call.
 *   <li>A request with {@link HttpRequest#idempotent()} false is never sent twice once it may have reached the server.
 *   <li>Cancelling the returned future cancels the underlying exchange.
 * </ul>
 */
public interface HttpTransport extends AutoCloseable {

    /** Sends the request without blocking the caller. */
    CompletableFuture<HttpResponse> sendAsync(HttpRequest request);

    /**
     * Sends the request and blocks until the final response. The default waits on {@link #sendAsync}; transports
     * with a native blocking call override it.
     */
    default HttpResponse send(HttpRequest request) {
        return await(sendAsync(request));
    }

    /** A short name for diagnostics and the User-Agent, such as {@code okhttp} or {@code netty}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Releases what the transport owns (threads, pools); resources handed in by the user are left open. Every
     * implementation behaves alike here (the testkit's conformance suite checks it):
     *
     * <ul>
     *   <li>Calls in flight end at once with a {@link CancellationException} saying that the transport was closed:
     *       {@link #send} throws it, and the future of {@link #sendAsync} completes with it (so it reports
     *       {@link CompletableFuture#isCancelled()}). None is retried after the close, and closing logs no warning.
     *   <li>Calls made after the close are refused with an {@link IllegalStateException} ({@code sendAsync} returns a
     *       future failed with it) and never sent.
     *   <li>Closing twice does nothing.
     * </ul>
     */
    @Override
    default void close() {}

    /**
     * Waits for a future and rethrows its failure unwrapped, so synchronous callers see the typed
     * {@link VobizException} rather than a {@link CompletionException}.
     */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (CancellationException e) {
            // Newer JDKs (23 and later) throw a fresh CancellationException("get") whose cause is the one the future
            // was completed with: rethrow that one, whose message says why (the transport was closed, for example).
            throw e.getCause() instanceof CancellationException why ? why : e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the Vobiz call");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }
}
