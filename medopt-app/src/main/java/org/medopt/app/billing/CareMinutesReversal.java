package org.medopt.app.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling minutes logged in error, with the reason; the entry stays, marked, and a reversing entry names it. */
public record CareMinutesReversal(
        @NotBlank(message = "say why the minutes are cancelled") @Size(max = 300, message = "a reason is at most 300 characters")
        String reason) {
}
