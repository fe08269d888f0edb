package org.medopt.app.context;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.medopt.shared.Coded;

/** Checks a code against its system once the fields' own checks have let it through; the message names the field. */
final class ValidCodesValidator {

    private ValidCodesValidator() {
    }

    static final class ForCondition implements ConstraintValidator<ValidCodes, ConditionDetails> {

        @Override
        public boolean isValid(ConditionDetails details, ConstraintValidatorContext context) {
            if (details.system() == null || details.code() == null || details.code().isBlank()) {
                return true;
            }
            return Coded.find(CodeSystem.class, details.system())
                    .map(system -> report(context, ClinicalCodes.problemWith(system, details.code())))
                    .orElse(true);
        }
    }

    static final class ForObservation implements ConstraintValidator<ValidCodes, ObservationDetails> {

        @Override
        public boolean isValid(ObservationDetails details, ConstraintValidatorContext context) {
            boolean valid = details.code() == null || details.code().isBlank()
                    || report(context, ClinicalCodes.loincProblem(details.code()));
            if (details.unit() != null && !details.unit().isBlank() && details.value() == null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("enter the value the unit belongs to, or leave the unit empty")
                        .addPropertyNode("value").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }

    /** Our own fixed messages only: a template may not carry input, which the validator would interpolate. */
    private static boolean report(ConstraintValidatorContext context, String problem) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addPropertyNode("code").addConstraintViolation();
        return false;
    }
}
