package org.medopt.app.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.medopt.app.web.CodeOf;

/**
 * Care-management minutes to log, from the person's care-minutes page.
 *
 * @param workedOn the day the time was spent, not in the future
 * @param minutes how many minutes, more than 0 and no more than a day has
 * @param kind {@code cocm} or {@code general-bhi}
 */
public record CareMinutesForm(
        @NotNull(message = "enter the day the time was spent")
        @PastOrPresent(message = "the day cannot be in the future") LocalDate workedOn,
        @NotNull(message = "enter the minutes")
        @Min(value = 1, message = "enter more than 0 minutes")
        @Max(value = CareMinutesForm.MINUTES_IN_A_DAY, message = "a day has no more than 1440 minutes") Integer minutes,
        @NotBlank(message = "choose the kind of care management")
        @CodeOf(value = CareActivity.class, what = "kind of care management") String kind,
        @Size(max = 1000, message = "a note is at most 1000 characters") String note,
        @Size(max = 64) String submissionToken) {

    static final int MINUTES_IN_A_DAY = 1440;

    static CareMinutesForm blank(LocalDate today, String submissionToken) {
        return new CareMinutesForm(today, null, CareActivity.COCM.code(), null, submissionToken);
    }
}
