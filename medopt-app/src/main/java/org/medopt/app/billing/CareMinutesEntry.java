package org.medopt.app.billing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Minutes of care management logged for a person, as recorded; never changed. An entry logged in error is cancelled
 * by a reversing entry that names it ({@code reverses}) and says why.
 *
 * @param reverses the entry this one cancels, or null for minutes worked
 * @param reversedBy the entry that cancels this one, or null while it counts
 */
public record CareMinutesEntry(long id, long personId, LocalDate workedOn, int minutes, CareActivity kind, String note,
        Long reverses, String reason, String recordedBy, OffsetDateTime recordedAt, Long reversedBy) {

    /** Whether the minutes count towards the month: worked, and not cancelled. */
    public boolean counts() {
        return reverses == null && reversedBy == null;
    }
}
