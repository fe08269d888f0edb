package org.medopt.app.medication;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A stop date is not before the start date, and a stopped entry says why it was stopped. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentStopValidator.class)
@interface ConsistentStop {

    String message() default "the stop does not fit the start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
