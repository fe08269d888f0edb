package org.medopt.app.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;
import org.medopt.shared.Coded;

class CodeOfValidator implements ConstraintValidator<CodeOf, String> {

    private List<String> codes;
    private String what;

    @Override
    public void initialize(CodeOf annotation) {
        codes = Arrays.stream(annotation.value().getEnumConstants()).map(Coded::code).toList();
        what = annotation.what();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || codes.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("unknown " + what + "; use one of " + String.join(", ", codes))
                .addConstraintViolation();
        return false;
    }
}
