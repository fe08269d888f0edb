package org.medopt.app.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Closing a condition: it resolved (on {@code resolvedOn}) or was entered in error; either way, with a reason.
 *
 * @param outcome {@code resolved} or {@code entered-in-error}
 */
public record ConditionClosure(
        @NotBlank(message = "choose whether it resolved or was entered in error") String outcome,
        LocalDate resolvedOn,
        @NotBlank(message = "say why") @Size(max = 300) String reason) {
}
