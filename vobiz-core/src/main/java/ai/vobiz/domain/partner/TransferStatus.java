package ai.vobiz.domain.partner;

/** The documented states of a balance transfer: transfers are atomic, so {@code completed} is the only one today. */
public enum TransferStatus {
    COMPLETED
}
