package org.medopt.billing;

import java.time.YearMonth;
import java.util.OptionalInt;

/**
 * One person's calendar month of care management.
 *
 * @param person who the month is about (an identifier, never shown in explanations)
 * @param month the calendar month the minutes fall in
 * @param careManagerMinutes behavioral health care-manager minutes this month
 * @param firstMonthOfEpisode whether this is the first month of the person's CoCM episode
 * @param generalBhiMinutes general BHI clinical staff minutes when tracked apart; empty means the care-manager minutes
 *     are that time
 * @param consultantDirected whether a psychiatric consultant advises and a treating practitioner directs (CoCM)
 */
public record CareManagementMonth(String person, YearMonth month, int careManagerMinutes, boolean firstMonthOfEpisode,
        OptionalInt generalBhiMinutes, boolean consultantDirected) {

    public CareManagementMonth {
        if (person == null || person.isBlank()) {
            throw new InvalidCareManagementMonth("person", "Say whose month this is.");
        }
        if (month == null) {
            throw new InvalidCareManagementMonth("month", "Give the calendar month the minutes fall in.");
        }
        int most = month.lengthOfMonth() * 24 * 60;
        checkMinutes("careManagerMinutes", careManagerMinutes, most);
        if (generalBhiMinutes == null) {
            throw new InvalidCareManagementMonth("generalBhiMinutes",
                    "Give general BHI minutes, or none if they are not tracked apart.");
        }
        if (generalBhiMinutes.isPresent()) {
            checkMinutes("generalBhiMinutes", generalBhiMinutes.getAsInt(), most);
        }
    }

    /** A CoCM month with no general BHI minutes tracked apart. */
    public static CareManagementMonth cocm(String person, YearMonth month, int minutes, boolean firstMonth) {
        return new CareManagementMonth(person, month, minutes, firstMonth, OptionalInt.empty(), true);
    }

    /** A general BHI month: no psychiatric consultant, {@code minutes} of clinical staff time. */
    public static CareManagementMonth generalBhi(String person, YearMonth month, int minutes) {
        return new CareManagementMonth(person, month, minutes, false, OptionalInt.empty(), false);
    }

    /** The clinical staff minutes general BHI (99484) would count. */
    int bhiMinutes() {
        return generalBhiMinutes.orElse(careManagerMinutes);
    }

    private static void checkMinutes(String field, int minutes, int most) {
        if (minutes < 0) {
            throw new InvalidCareManagementMonth(field, "Minutes cannot be negative, was " + minutes + ".");
        }
        if (minutes > most) {
            throw new InvalidCareManagementMonth(field,
                    minutes + " minutes is more than the " + most + " minutes in the month.");
        }
    }
}
