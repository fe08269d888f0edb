package org.medopt.app.account;

import java.time.OffsetDateTime;

/** A sign-in account. The password hash never leaves this package. */
public record UserAccount(
        long id, String username, Role role, String displayName, Long personId, boolean enabled,
        OffsetDateTime createdAt) {

    public Actor actor() {
        return new Actor(id, username, role, personId);
    }
}
