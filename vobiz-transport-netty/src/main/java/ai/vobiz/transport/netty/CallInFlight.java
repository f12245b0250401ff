package ai.vobiz.transport.netty;

/** A call of the transport not yet ended, which {@link NettyTransport#close()} ends at once. */
@FunctionalInterface
interface CallInFlight {
    /** Ends the call with a {@link java.util.concurrent.CancellationException} and stops its attempts. */
    void closedMeanwhile();
}
