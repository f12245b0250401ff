package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Provides the {@code okhttp} transport. Registered for {@link java.util.ServiceLoader}, so having this artifact on
 * the class path is enough for {@code VobizClient.builder().build()}. To reuse an {@link okhttp3.OkHttpClient} of your
 * own (pool, proxy, TLS, interceptors) while keeping the SDK's retries, breaker, timeouts and errors:
 *
 * <pre>{@code
 * VobizClient client = VobizClient.builder()
 *         .transportProvider(OkHttpTransportProvider.withClient(myOkHttpClient))
 *         .build();
 * }</pre>
 */
public final class OkHttpTransportProvider implements HttpTransportProvider {
    /** This provider's {@link #priority()}: above Netty's 0, so that OkHttp is used when both are present. */
    public static final int PRIORITY = 10;

    private final okhttp3.@Nullable OkHttpClient client;

    /** The provider ServiceLoader instantiates: each transport gets its own OkHttp client. */
    public OkHttpTransportProvider() {
        this(null);
    }

    private OkHttpTransportProvider(okhttp3.@Nullable OkHttpClient client) {
        this.client = client;
    }

    /**
     * A provider whose transports derive their client from yours with {@link okhttp3.OkHttpClient#newBuilder()}: your
     * pool, dispatcher and interceptors are shared and left open when the transport closes. See
     * {@link OkHttpTransport#create(TransportOptions, okhttp3.OkHttpClient)} for what is overridden.
     */
    public static OkHttpTransportProvider withClient(okhttp3.OkHttpClient client) {
        return new OkHttpTransportProvider(Objects.requireNonNull(client, "client"));
    }

    @Override
    public HttpTransport create(TransportOptions options) {
        return client == null ? OkHttpTransport.create(options) : OkHttpTransport.create(options, client);
    }

    @Override
    public String name() {
        return "okhttp";
    }

    /**
     * {@value #PRIORITY}: with both transports present and none chosen, OkHttp is used, the transport the README
     * recommends for blocking applications (reactive code chooses Netty by name).
     */
    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public String toString() {
        return "OkHttpTransportProvider{" + (client == null ? "own client" : "user client") + "}";
    }
}
