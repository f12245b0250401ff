package ai.vobiz.testkit.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a conformance group that only a network transport can pass: it needs real sockets (connect failures, read
 * timeouts, thread and connection cleanup) or resilience an in-process transport does not apply (circuit breaker,
 * whole-call deadline). {@link SocketFreeConformanceSuite} leaves these groups out; they are also tagged
 * {@code socket} for build-level filtering.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("socket")
public @interface RequiresSocket {}
