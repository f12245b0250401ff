package ai.vobiz.port.transport;

/** HTTP methods the SDK sends. Idempotency follows RFC 9110 §9.2.2. */
public enum HttpMethod {
    GET(true),
    HEAD(true),
    OPTIONS(true),
    PUT(true),
    DELETE(true),
    POST(false),
    PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** Whether sending this method twice has the same effect as sending it once. */
    public boolean isIdempotent() {
        return idempotent;
    }
}
