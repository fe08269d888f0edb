package org.medopt.app.person;

import java.time.OffsetDateTime;

/** A past state of a person's details: what they were after a change, who made it, when and why. */
public record PersonRevision(int revision, String changeReason, OffsetDateTime changedAt, String changedBy,
        Person state) {
}
