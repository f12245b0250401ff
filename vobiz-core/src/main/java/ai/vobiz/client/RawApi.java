package ai.vobiz.client;

import ai.vobiz.endpoint.CredentialScope;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpResponse;

/** Any endpoint, synchronously: the escape hatch for what the SDK does not type yet. */
public final class RawApi {
    private final ApiInvoker invoker;

    RawApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    /**
     * Sends the request; non-2xx statuses throw the same typed {@link ai.vobiz.error.ApiException}s as the typed
     * endpoints.
     */
    public RawResponse send(RawRequest request) {
        return handle(invoker, invoker.transport().send(toHttp(invoker, request)), request);
    }

    static HttpRequest toHttp(ApiInvoker invoker, RawRequest r) {
        return invoker.newRequest(r.path(), r.query(), r.body(), r.idempotent())
                .method(r.method())
                .build();
    }

    static RawResponse handle(ApiInvoker invoker, HttpResponse response, RawRequest request) {
        if (!response.isSuccessful()) {
            CredentialScope scope =
                    request.path().startsWith("/api/v1/partner/") ? CredentialScope.PARTNER : CredentialScope.ACCOUNT;
            throw invoker.error(response, scope);
        }
        return new RawResponse(response.status(), response.headers(), response.body());
    }
}
