package ai.vobiz.domain.partner;

/**
 * The CDR filter {@code status} (docs/api-digest.md §3.12): written {@code answered}, {@code failed}, {@code busy},
 * {@code no_answer} (with an underscore, as the current docs spell it).
 */
public enum CdrStatus {
    ANSWERED,
    FAILED,
    BUSY,
    NO_ANSWER
}
