package ai.vobiz.client;

import ai.vobiz.port.transport.HttpTransport;

/**
 * The synchronous Vobiz client. Thread-safe; create one per set of credentials and share it. Close it to release the
 * transport it created.
 *
 * <pre>{@code
 * try (VobizClient client = VobizClient.builder().build()) {   // credentials from VOBIZ_AUTH_ID / VOBIZ_AUTH_TOKEN
 *     Account account = client.account().retrieve();
 *     PartnerProfile partner = client.partner().profile();
 *     JsonNode anything = client.raw().send(RawRequest.get("/api/v1/Account/MA_X/concurrency")).json();
 * }
 * }</pre>
 */
public final class VobizClient implements AutoCloseable {
    private final ApiInvoker invoker;
    private final boolean ownsTransport;
    private final AccountApi account;
    private final PartnerApi partner;
    private final RawApi raw;
    private final VobizAsyncClient async;

    VobizClient(ApiInvoker invoker, boolean ownsTransport) {
        this.invoker = invoker;
        this.ownsTransport = ownsTransport;
        this.account = new AccountApi(invoker);
        this.partner = new PartnerApi(invoker);
        this.raw = new RawApi(invoker);
        this.async = new VobizAsyncClient(this, invoker);
    }

    /** The SDK's version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return ai.vobiz.internal.VobizVersion.get();
    }

    public static VobizClientBuilder builder() {
        return new VobizClientBuilder();
    }

    /** Account endpoints (main-account credentials). */
    public AccountApi account() {
        return account;
    }

    /** Partner endpoints (partner credentials). */
    public PartnerApi partner() {
        return partner;
    }

    /** Any endpoint, for those the SDK does not type yet. */
    public RawApi raw() {
        return raw;
    }

    /** The asynchronous view of this client, sharing its transport. */
    public VobizAsyncClient async() {
        return async;
    }

    /** The endpoint executor, for adapters such as the reactive client. */
    public ApiInvoker invoker() {
        return invoker;
    }

    public VobizConfig config() {
        return invoker.config();
    }

    /** Closes the transport if this client created it; a transport passed to the builder is left open. */
    @Override
    public void close() {
        if (ownsTransport) {
            HttpTransport t = invoker.transport();
            t.close();
        }
    }

    @Override
    public String toString() {
        return "VobizClient{" + invoker.config() + ", transport="
                + invoker.transport().name() + "}";
    }
}
