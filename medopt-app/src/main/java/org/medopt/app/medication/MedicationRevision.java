package org.medopt.app.medication;

import java.time.OffsetDateTime;

/** A past state of a medication entry: what it said after a change, who made the change, when and why. */
public record MedicationRevision(int revision, String changeReason, OffsetDateTime changedAt, String changedBy,
        MedicationEntry state) {
}
