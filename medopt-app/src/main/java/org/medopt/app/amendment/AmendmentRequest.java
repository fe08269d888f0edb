package org.medopt.app.amendment;

import java.time.OffsetDateTime;

/**
 * A person's request to correct their record, with the care team's decision and the person's statement of
 * disagreement, if any.
 *
 * @param medicationEntryId the entry the request is about, or {@code null} for the person's details
 * @param entryName the entry's drug name, when the reader may read the entry
 */
public record AmendmentRequest(long id, long personId, Long medicationEntryId, String entryName, String whatIsWrong,
        String whatItShouldSay, OffsetDateTime requestedAt, String requestedBy, AmendmentStatus status,
        OffsetDateTime decidedAt, String decidedBy, String decisionReason, String disagreementStatement,
        OffsetDateTime disagreementAt) {

    public boolean open() {
        return status == AmendmentStatus.REQUESTED;
    }

    public boolean aboutMedication() {
        return medicationEntryId != null;
    }

    /** Whether the person may still add a statement of disagreement: only to a denial, and only once. */
    public boolean awaitsDisagreement() {
        return status == AmendmentStatus.DENIED && disagreementStatement == null;
    }

    AmendmentRequest named(String name) {
        return new AmendmentRequest(id, personId, medicationEntryId, name, whatIsWrong, whatItShouldSay, requestedAt,
                requestedBy, status, decidedAt, decidedBy, decisionReason, disagreementStatement, disagreementAt);
    }
}
