package org.medopt.app.amendment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the person asks to be corrected.
 *
 * @param medicationEntryId the medication entry that is wrong, or {@code null} for the person's details
 * @param submissionToken a one-time token that makes a repeated submission harmless
 */
public record CorrectionRequest(
        Long medicationEntryId,
        @NotBlank(message = "say what is wrong in your record") @Size(max = 2000) String whatIsWrong,
        @NotBlank(message = "say what your record should say instead") @Size(max = 2000) String whatItShouldSay,
        @Size(max = 64) String submissionToken) {
}
