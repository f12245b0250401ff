package ai.vobiz.endpoint;

/** The request type of an endpoint that takes no query parameters and no body. */
public enum NoParams {
    /** The only value. */
    NONE
}
