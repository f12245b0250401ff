/**
 * The Vobiz HTTP transport on reactor-netty: {@link ai.vobiz.transport.netty.NettyTransport} and its service-loader
 * entry {@link ai.vobiz.transport.netty.NettyTransportProvider}.
 */
package ai.vobiz.transport.netty;
