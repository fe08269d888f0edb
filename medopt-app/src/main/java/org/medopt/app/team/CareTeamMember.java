package org.medopt.app.team;

import java.time.OffsetDateTime;
import org.medopt.app.account.Role;

/** A staff member's place on one person's care team. */
public record CareTeamMember(long id, long personId, long accountId, String memberName, Role teamRole,
        OffsetDateTime joinedAt) {
}
