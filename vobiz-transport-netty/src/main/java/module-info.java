/**
 * The Vobiz HTTP transport on reactor-netty, with resilience4j-reactor, and the {@code Mono} client. Provides the
 * {@code netty} {@link ai.vobiz.port.transport.HttpTransportProvider}; on the module path, putting this module beside
 * {@code ai.vobiz.core} is enough for ServiceLoader to find it, with plain {@code java --module-path … -m …}.
 *
 * <p>reactor-netty, Reactor and Resilience4j ship automatic modules, which declare no dependencies: a module they need
 * is resolved only when an explicit module requires it. Netty's jars are explicit modules, so this module requires
 * each Netty module that reactor-netty's HTTP/1.1 client loads, not only those its own code names (without them:
 * {@code NoClassDefFoundError: io/netty/channel/ChannelHandler}). javac warns about "requires transitive" on automatic
 * modules: expected.
 */
module ai.vobiz.transport.netty {
    requires transitive ai.vobiz.core;
    // HttpClient, ConnectionProvider, LoopResources and Mono appear in this module's public API.
    requires transitive reactor.netty.http;
    requires transitive reactor.netty.core;
    requires transitive reactor.core;
    requires org.reactivestreams;
    requires ai.vobiz.resilience4j;
    requires io.github.resilience4j.reactor;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.core;
    requires org.slf4j;
    requires static org.jspecify;

    // Netty: what this module's code uses, then what reactor-netty's HTTP/1.1 client needs at run time.
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.transport;
    requires io.netty.handler;
    requires io.netty.codec.http;
    requires io.netty.codec;
    requires io.netty.resolver;
    requires io.netty.resolver.dns;
    requires io.netty.codec.http2;
    requires io.netty.handler.proxy;
    requires io.netty.transport.unix.common;
    requires io.netty.transport.classes.epoll;
    requires io.netty.codec.classes.quic; // asked whether HTTP/3 is available (it is not: no QUIC natives)

    exports ai.vobiz.transport.netty;
    exports ai.vobiz.transport.netty.reactive;

    provides ai.vobiz.port.transport.HttpTransportProvider with
            ai.vobiz.transport.netty.NettyTransportProvider;
}
