package ai.vobiz.transport.okhttp;

import ai.vobiz.port.transport.HttpRequest;
import java.io.IOException;
import java.net.ProtocolException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Per-attempt state carried as an OkHttp request tag and updated by {@link #INTERCEPTOR}, a network interceptor.
 * OkHttp calls network interceptors only once a connection is established (TLS included), so the tag tells a
 * connect failure (request never sent) from a broken exchange. It also stops OkHttp from sending a non-idempotent
 * request a second time within one attempt: OkHttp re-sends on its own after a {@code 503} with
 * {@code Retry-After: 0}, after an authenticator challenge, or when an application interceptor retries.
 */
final class AttemptTag {
    private final boolean idempotent;
    private final AtomicInteger exchanges = new AtomicInteger();
    private volatile boolean connected;

    AttemptTag(HttpRequest request) {
        this.idempotent = request.idempotent();
    }

    boolean connected() {
        return connected;
    }

    static final Interceptor INTERCEPTOR = AttemptTag::intercept;

    private static Response intercept(Interceptor.Chain chain) throws IOException {
        AttemptTag tag = chain.request().tag(AttemptTag.class);
        if (tag == null) {
            return chain.proceed(chain.request());
        }
        tag.connected = true;
        if (tag.exchanges.incrementAndGet() > 1 && !tag.idempotent) {
            throw new ProtocolException("refusing to send a non-idempotent request a second time within one attempt");
        }
        Response response = chain.proceed(chain.request());
        // OkHttp's follow-up logic re-sends any request (POST included) after "503 + Retry-After: 0", whatever
        // retryOnConnectionFailure says. The retry decision belongs to the resilience policy, so the value is
        // rewritten to an equivalent HTTP date in the past ("retry now" either way), which OkHttp does not act on.
        if (response.code() == 503) {
            String retryAfter = response.header("Retry-After");
            if (retryAfter != null && isZeroSeconds(retryAfter.trim())) {
                return response.newBuilder()
                        .header("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT")
                        .build();
            }
        }
        return response;
    }

    private static boolean isZeroSeconds(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
