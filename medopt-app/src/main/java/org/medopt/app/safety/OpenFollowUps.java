package org.medopt.app.safety;

import java.time.OffsetDateTime;

/**
 * A person's open safety follow-ups, counted.
 *
 * @param oldestId the id of the oldest open one (ids grow with time)
 */
record OpenFollowUps(long personId, int count, long oldestId, OffsetDateTime oldestOpenedAt) {
}
