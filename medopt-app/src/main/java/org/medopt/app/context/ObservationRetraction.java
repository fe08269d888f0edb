package org.medopt.app.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Marking a lab result or vital sign as entered in error, with the reason; it stays in the record, marked. */
public record ObservationRetraction(@NotBlank(message = "say why it was entered in error") @Size(max = 300) String reason) {
}
