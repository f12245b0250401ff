package ai.vobiz.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a record component or enum constant has on the wire, where it is not the default. By default a component
 * {@code creditLimit} is the JSON field or query parameter {@code credit_limit} (snake_case of the component name) and
 * an enum constant {@code NO_ANSWER} is the value {@code no_answer} (its name in lower case). The API mixes
 * conventions (the CDR summary's {@code answerRate} beside {@code total_cost}), so the exceptions say so here, once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface WireName {
    /** The wire name. */
    String value();
}
