package ai.vobiz.transport.okhttp;

import ai.vobiz.testkit.conformance.TransportConformanceSuite;
import ai.vobiz.testkit.conformance.TransportUnderTest;

/** The whole transport conformance suite, sync and async, against the fake server over real sockets. */
class OkHttpConformanceTest extends TransportConformanceSuite {

    @Override
    protected TransportUnderTest transportUnderTest() {
        return TransportUnderTest.provider(new OkHttpTransportProvider())
                .ownedThreadNamePrefixes(OkHttpTransport.THREAD_NAME_PREFIX)
                .loggerName("ai.vobiz.transport.okhttp");
    }
}
