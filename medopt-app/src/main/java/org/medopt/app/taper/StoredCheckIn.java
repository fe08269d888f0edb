package org.medopt.app.taper;

import java.time.OffsetDateTime;
import org.medopt.taper.WithdrawalCheckIn;

/**
 * A withdrawal check-in as stored: what the person said, on which step, and what the adaptation rules made of it.
 *
 * @param outcome the adjustment's reason text
 */
public record StoredCheckIn(long id, int stepNumber, WithdrawalCheckIn checkIn, String outcome, String recordedBy,
        OffsetDateTime recordedAt) {
}
