package org.medopt.app.amendment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's statement of why they disagree with a denial; it is kept with their record. */
public record Disagreement(
        @NotBlank(message = "write why you disagree") @Size(max = 4000) String statement) {
}
