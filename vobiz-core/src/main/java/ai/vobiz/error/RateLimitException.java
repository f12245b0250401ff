package ai.vobiz.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** HTTP 429: too many requests. {@link #retryAfter()} is the server's hint, when it gave one. */
public final class RateLimitException extends ApiException {
    private final @Nullable Duration retryAfter;

    public RateLimitException(ApiError error, @Nullable Duration retryAfter) {
        super(error);
        this.retryAfter = retryAfter;
    }

    /** From the {@code Retry-After} header (seconds or HTTP date) or the body's {@code retryAfter} detail. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
