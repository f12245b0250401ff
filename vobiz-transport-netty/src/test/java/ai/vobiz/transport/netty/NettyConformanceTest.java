package ai.vobiz.transport.netty;

import ai.vobiz.testkit.conformance.TransportConformanceSuite;
import ai.vobiz.testkit.conformance.TransportUnderTest;

/** The whole transport conformance suite, sync and async, against the fake server over real sockets. */
class NettyConformanceTest extends TransportConformanceSuite {

    @Override
    protected TransportUnderTest transportUnderTest() {
        return TransportUnderTest.provider(new NettyTransportProvider())
                .ownedThreadNamePrefixes("vobiz-netty-")
                .loggerName("ai.vobiz.transport.netty");
    }
}
