package org.medopt.app.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.medopt.app.submission.DuplicateSubmissionException;
import org.springframework.validation.BindingResult;

/** Saves a page form and turns what the service refuses into messages on the form, so nothing typed is lost. */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Runs {@code save} unless the form already has errors; empty when it did not save. */
    public static <T> Optional<T> attempt(BindingResult form, Supplier<T> save) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (InvalidInputException e) {
            e.byField().forEach((field, message) -> form.rejectValue(field, "invalid", message));
        } catch (DuplicateSubmissionException | ConcurrentChangeException e) {
            form.reject("conflict", e.getMessage());
        }
        return Optional.empty();
    }
}
