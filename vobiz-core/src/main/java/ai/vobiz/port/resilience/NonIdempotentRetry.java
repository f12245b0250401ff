package ai.vobiz.port.resilience;

/** Whether a non-idempotent request (a POST that may move money) may ever be sent again. */
public enum NonIdempotentRetry {
    /** Never: one attempt, whatever happens. The default. */
    NEVER,
    /**
     * Only when the server provably did not act on it: the connection was refused or never established, or the
     * server answered 429. Never after a timeout, a broken exchange or a 5xx.
     */
    WHEN_NOT_PROCESSED
}
