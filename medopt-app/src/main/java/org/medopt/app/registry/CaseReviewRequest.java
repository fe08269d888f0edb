package org.medopt.app.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Putting a person on the psychiatric case-review list, with why. */
public record CaseReviewRequest(
        @NotBlank(message = "say why the psychiatric consultant should review this person")
        @Size(max = 500, message = "a reason is at most 500 characters") String reason) {
}
