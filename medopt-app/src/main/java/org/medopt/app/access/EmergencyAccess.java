package org.medopt.app.access;

import java.time.OffsetDateTime;

/** A staff member's time-limited emergency access to the record of a person whose care team they are not on. */
public record EmergencyAccess(long id, long personId, String username, String role, String reason,
        OffsetDateTime grantedAt, OffsetDateTime expiresAt) {

    public boolean activeAt(OffsetDateTime moment) {
        return moment.isBefore(expiresAt);
    }
}
