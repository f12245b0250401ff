package ai.vobiz.testkit.conformance;

import org.junit.jupiter.api.Nested;

/**
 * The part of the conformance suite that needs no socket and no circuit breaker: round trips, the fault catalogue,
 * the retry policy and the call deadline. For in-process transports such as {@code FakeVobizServer.inProcessTransport()};
 * network transports run {@link TransportConformanceSuite}, which includes these groups.
 */
public abstract class SocketFreeConformanceSuite {

    /** The transport to check; called once per nested group and test. */
    protected abstract TransportUnderTest transportUnderTest();

    @Nested
    class RoundTrip extends RoundTripConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return SocketFreeConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Faults extends FaultConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return SocketFreeConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Retries extends RetryConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return SocketFreeConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Deadline extends DeadlineConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return SocketFreeConformanceSuite.this.transportUnderTest();
        }
    }
}
