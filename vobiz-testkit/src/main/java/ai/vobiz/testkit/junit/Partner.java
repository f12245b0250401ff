package ai.vobiz.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link FakeVobizExtension} for a client authenticated as the demo partner
 * ({@link ai.vobiz.testkit.DemoData#PARTNER_AUTH_ID}) instead of the demo main account.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Partner {}
