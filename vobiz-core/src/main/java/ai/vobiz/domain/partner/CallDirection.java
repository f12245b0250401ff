package ai.vobiz.domain.partner;

/** The direction of a call (docs/api-digest.md §3.12): the CDR filter {@code call_direction} and the row's field. */
public enum CallDirection {
    INBOUND,
    OUTBOUND
}
