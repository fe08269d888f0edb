package org.medopt.app.medication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The person's own view of one medication entry.
 *
 * @param personPurpose what it is for, in the person's words
 * @param personExperience how it is going, in the person's words
 * @param version the version of the entry the person started from
 */
public record OwnWords(
        @Size(max = 1000) String personPurpose,
        @Size(max = 1000) String personExperience,
        @NotNull(message = "say which version of the entry you are changing") Integer version) {
}
