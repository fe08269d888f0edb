package org.medopt.app.safety;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a clinician recorded on a safety follow-up; kept as recorded.
 *
 * @param closes whether it closed the follow-up; an entry that does not is an attempt
 */
public record FollowUpEntry(long id, List<FollowUpAction> actions, String note, boolean closes, String recordedBy,
        OffsetDateTime recordedAt) {

    public FollowUpEntry {
        actions = List.copyOf(actions);
    }
}
