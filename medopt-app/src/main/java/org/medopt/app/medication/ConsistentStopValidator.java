package org.medopt.app.medication;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ConsistentStopValidator implements ConstraintValidator<ConsistentStop, MedicationDetails> {

    @Override
    public boolean isValid(MedicationDetails d, ConstraintValidatorContext context) {
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (d.stopDate() != null && d.startDate() != null && d.stopDate().isBefore(d.startDate())) {
            reject(context, "stopDate", "the stop date cannot be before the start date");
            valid = false;
        }
        if (d.stopDate() != null && (d.stopReason() == null || d.stopReason().isBlank())) {
            reject(context, "stopReason", "say why it was stopped");
            valid = false;
        }
        return valid;
    }

    private static void reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
    }
}
