/** A Reactor ({@link reactor.core.publisher.Mono}) client for WebFlux applications, on the Netty transport. */
package ai.vobiz.transport.netty.reactive;
