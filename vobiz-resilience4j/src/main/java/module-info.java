/**
 * Applies vobiz-core's {@link ai.vobiz.port.resilience.ResiliencePolicy} with Resilience4j: the one translation of the
 * policy into a {@code RetryConfig} and a {@code CircuitBreakerConfig}, and the glue every transport built on
 * Resilience4j needs (outcomes that carry their request, breaker transitions reported to
 * {@link ai.vobiz.port.transport.TransportEvents}). Core itself has no Resilience4j dependency.
 */
module ai.vobiz.resilience4j {
    requires transitive ai.vobiz.core;
    // RetryConfig and CircuitBreakerConfig appear in this module's API. Resilience4j ships automatic modules, so
    // javac warns about "requires transitive" on them: expected.
    requires transitive io.github.resilience4j.retry;
    requires transitive io.github.resilience4j.circuitbreaker;
    requires transitive io.github.resilience4j.core;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.vobiz.resilience4j;
}
