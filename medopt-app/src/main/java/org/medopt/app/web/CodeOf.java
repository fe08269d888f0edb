package org.medopt.app.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.medopt.shared.Coded;

/** The text must be one of the codes of a {@link Coded} enum; the message lists the allowed codes. */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CodeOfValidator.class)
public @interface CodeOf {

    Class<? extends Coded> value();

    /** What the codes are, in the message: "unit", "route". */
    String what();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
