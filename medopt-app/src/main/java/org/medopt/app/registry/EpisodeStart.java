package org.medopt.app.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.medopt.app.web.CodeOf;

/**
 * Starting a person's care episode.
 *
 * @param program {@code cocm} or {@code general-bhi}
 * @param startedOn the day of the first care-management contact, not in the future
 * @param nextContactDue the day of the next contact, when already agreed
 */
public record EpisodeStart(
        @NotBlank(message = "choose CoCM or general BHI")
        @CodeOf(value = CareProgram.class, what = "kind of care management") String program,
        @NotNull(message = "enter the day the episode started")
        @PastOrPresent(message = "the day cannot be in the future") LocalDate startedOn,
        LocalDate nextContactDue,
        @Size(max = 64) String submissionToken) {

    static EpisodeStart blank(LocalDate today, String submissionToken) {
        return new EpisodeStart(CareProgram.COCM.code(), today, null, submissionToken);
    }
}
