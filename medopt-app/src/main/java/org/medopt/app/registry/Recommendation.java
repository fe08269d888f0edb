package org.medopt.app.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The psychiatric consultant's recommendation from case review, which takes the person off the list. */
public record Recommendation(
        @NotBlank(message = "name the psychiatric consultant")
        @Size(max = 200, message = "a name is at most 200 characters") String consultant,
        @NotBlank(message = "write the consultant's recommendation")
        @Size(max = 2000, message = "a recommendation is at most 2000 characters") String recommendation) {
}
