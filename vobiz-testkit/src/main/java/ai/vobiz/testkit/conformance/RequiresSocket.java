package ai.vobiz.testkit.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a conformance group that only a network transport can pass: it needs real sockets (refused connections), the
 * transport's own lifecycle and logs (threads after {@code close()}, redaction of its log lines), or a circuit breaker,
 * which an in-process transport does not have. {@link SocketFreeConformanceSuite} leaves these groups out; they are
 * also tagged {@code socket} for build-level filtering.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("socket")
public @interface RequiresSocket {}
