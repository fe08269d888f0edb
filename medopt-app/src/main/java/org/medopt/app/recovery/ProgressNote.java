package org.medopt.app.recovery;

import java.time.OffsetDateTime;
import org.medopt.app.account.Role;

/**
 * A progress note on a recovery goal. Kept as written: never changed or deleted.
 *
 * @param byPerson whether the person wrote it; otherwise a member of the care team did, in {@code authorRole}
 * @param author the username of who wrote it
 * @param authorName their name when they wrote it
 */
public record ProgressNote(long id, long goalId, String note, boolean byPerson, String author, String authorName,
        Role authorRole, OffsetDateTime writtenAt) {

    /** Written by a peer support specialist, and so a peer support note under the person's sharing choices. */
    boolean byPeerSupport() {
        return authorRole == Role.PEER_SUPPORT;
    }
}
