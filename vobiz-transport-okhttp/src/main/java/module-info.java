/**
 * The Vobiz HTTP transport on OkHttp 5 with Resilience4j. Provides the {@code okhttp}
 * {@link ai.vobiz.port.transport.HttpTransportProvider}; on the module path, putting this module beside
 * {@code ai.vobiz.core} is enough for ServiceLoader to find it.
 */
module ai.vobiz.transport.okhttp {
    requires transitive ai.vobiz.core;
    // OkHttpClient and the Resilience4j Retry and CircuitBreaker appear in this module's public API. Resilience4j
    // ships automatic modules, so javac warns about "requires transitive" on them: expected.
    requires transitive okhttp3;
    requires transitive io.github.resilience4j.retry;
    requires transitive io.github.resilience4j.circuitbreaker;
    requires ai.vobiz.resilience4j;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.vobiz.transport.okhttp;

    provides ai.vobiz.port.transport.HttpTransportProvider with
            ai.vobiz.transport.okhttp.OkHttpTransportProvider;
}
