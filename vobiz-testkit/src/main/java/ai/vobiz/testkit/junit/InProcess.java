package ai.vobiz.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link FakeVobizExtension} for a client wired to the fake's in-process transport (no socket) instead of a
 * transport found by {@link java.util.ServiceLoader}. Put it on a {@code VobizClient} or {@code VobizAsyncClient}
 * parameter, or on a test method or class to apply it to every client parameter there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface InProcess {}
