package ai.vobiz.domain.partner;

/** The documented states of a customer's number (docs/api-digest.md §3.15): {@code active}. */
public enum NumberStatus {
    ACTIVE
}
