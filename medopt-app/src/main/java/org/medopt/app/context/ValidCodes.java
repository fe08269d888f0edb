package org.medopt.app.context;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The codes of a condition or an observation have the shape of their code system (see {@link ClinicalCodes}). */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = {ValidCodesValidator.ForCondition.class, ValidCodesValidator.ForObservation.class})
@interface ValidCodes {

    String message() default "the code does not fit its code system";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
