/**
 * Toolkit for implementers of {@link ai.vobiz.port.transport.HttpTransport}, not for SDK users: helpers that every
 * transport needs but that are not part of the transport contract itself, such as
 * {@link ai.vobiz.port.transport.support.DeadlineTimer} for whole-call deadlines and
 * {@link ai.vobiz.port.transport.support.SafeTransportEvents} for observers that must not break an exchange. Both Vobiz transports use it, and a
 * third-party transport (which the testkit's conformance suite also checks) may. Applications never need it; its API
 * may change between minor versions more freely than the ports'. The Resilience4j glue for transports lives in the
 * {@code vobiz-resilience4j} module ({@code ai.vobiz.resilience4j}).
 */
package ai.vobiz.port.transport.support;
