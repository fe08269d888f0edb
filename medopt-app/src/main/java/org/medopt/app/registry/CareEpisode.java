package org.medopt.app.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A person's episode of care management, as recorded.
 *
 * @param endedOn the day it ended; null while it is open
 * @param endReason why it ended; null while it is open
 * @param nextContactDue the day of the next contact as last set; null when none was set
 */
public record CareEpisode(long id, long personId, CareProgram program, LocalDate startedOn, String recordedBy,
        OffsetDateTime recordedAt, LocalDate endedOn, String endReason, String endedBy, OffsetDateTime endedAt,
        LocalDate nextContactDue) {

    public boolean open() {
        return endedOn == null;
    }

    /** Whether the next contact's day has passed without a new one being set. */
    public boolean contactOverdue(LocalDate today) {
        return open() && nextContactDue != null && nextContactDue.isBefore(today);
    }
}
