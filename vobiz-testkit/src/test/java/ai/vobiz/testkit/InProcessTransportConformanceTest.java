package ai.vobiz.testkit;

import ai.vobiz.testkit.conformance.SocketFreeConformanceSuite;
import ai.vobiz.testkit.conformance.TransportUnderTest;

/** The in-process transport passes the part of the conformance suite that needs no socket, breaker or deadline. */
class InProcessTransportConformanceTest extends SocketFreeConformanceSuite {

    @Override
    protected TransportUnderTest transportUnderTest() {
        return TransportUnderTest.factory(FakeVobizServer::inProcessTransport);
    }
}
