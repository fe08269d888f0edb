package org.medopt.app.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Ending a person's open care episode: the day and why (goals met, moved to specialty care, declined ...). */
public record EpisodeEnd(
        @NotNull(message = "enter the day the episode ended")
        @PastOrPresent(message = "the day cannot be in the future") LocalDate endedOn,
        @NotBlank(message = "say why the episode ended")
        @Size(max = 300, message = "a reason is at most 300 characters") String endReason) {
}
