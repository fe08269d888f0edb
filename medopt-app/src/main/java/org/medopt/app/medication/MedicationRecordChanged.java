package org.medopt.app.medication;

/**
 * A person's medication record changed: an entry was added, changed or classified as sensitive. Published inside the
 * transaction of the change, so what listens (the medication review) stays in step with the record.
 */
public record MedicationRecordChanged(long personId) {
}
