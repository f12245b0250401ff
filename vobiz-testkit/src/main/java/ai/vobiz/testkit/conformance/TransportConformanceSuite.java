package ai.vobiz.testkit.conformance;

import org.junit.jupiter.api.Nested;

/**
 * The whole transport conformance suite, for a network transport. Extend it in your transport's tests and say which
 * transport to check; every group runs as a nested class, each check in both {@link Mode}s:
 *
 * <pre>{@code
 * class OkHttpConformanceTest extends TransportConformanceSuite {
 *     @Override
 *     protected TransportUnderTest transportUnderTest() {
 *         return TransportUnderTest.provider(new OkHttpTransportProvider())
 *                 .ownedThreadNamePrefixes("vobiz-okhttp-")
 *                 .loggerName("ai.vobiz.transport.okhttp");
 *     }
 * }
 * }</pre>
 *
 * A single group can also be extended on its own (for example {@link RetryConformance}).
 */
public abstract class TransportConformanceSuite {

    /** The transport to check; called once per nested group and test. */
    protected abstract TransportUnderTest transportUnderTest();

    @Nested
    class RoundTrip extends RoundTripConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Faults extends FaultConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Retries extends RetryConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class NetworkFailures extends NetworkFailureConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Deadline extends DeadlineConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class CircuitBreaker extends CircuitBreakerConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Close extends CloseConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }

    @Nested
    class Redaction extends RedactionConformance {
        @Override
        protected TransportUnderTest transportUnderTest() {
            return TransportConformanceSuite.this.transportUnderTest();
        }
    }
}
