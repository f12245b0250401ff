package ai.vobiz.error;

/** HTTP 402: insufficient balance or a failed payment. */
public final class PaymentRequiredException extends ApiException {
    public PaymentRequiredException(ApiError error) {
        super(error);
    }

    public PaymentRequiredException(ApiError error, String message) {
        super(error, message);
    }
}
