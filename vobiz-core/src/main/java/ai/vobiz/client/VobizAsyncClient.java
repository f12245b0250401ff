package ai.vobiz.client;

/**
 * The asynchronous Vobiz client: every call returns a {@link java.util.concurrent.CompletableFuture} that fails with
 * a {@link ai.vobiz.error.VobizException}. Cancelling a future cancels its HTTP exchange. Obtain it with
 * {@link VobizClientBuilder#buildAsync()} or {@link VobizClient#async()}.
 */
public final class VobizAsyncClient implements AutoCloseable {
    private final VobizClient owner;
    private final AsyncAccountApi account;
    private final AsyncPartnerApi partner;
    private final AsyncRawApi raw;

    VobizAsyncClient(VobizClient owner, ApiInvoker invoker) {
        this.owner = owner;
        this.account = new AsyncAccountApi(invoker);
        this.partner = new AsyncPartnerApi(invoker);
        this.raw = new AsyncRawApi(invoker);
    }

    public AsyncAccountApi account() {
        return account;
    }

    public AsyncPartnerApi partner() {
        return partner;
    }

    public AsyncRawApi raw() {
        return raw;
    }

    /** The synchronous view, sharing the transport. */
    public VobizClient sync() {
        return owner;
    }

    public VobizConfig config() {
        return owner.config();
    }

    @Override
    public void close() {
        owner.close();
    }

    @Override
    public String toString() {
        return "VobizAsyncClient{" + owner.config() + "}";
    }
}
