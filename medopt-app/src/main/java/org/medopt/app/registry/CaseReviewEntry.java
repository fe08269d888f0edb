package org.medopt.app.registry;

import java.time.OffsetDateTime;

/**
 * A person's place on the psychiatric case-review list, and the consultant's recommendation once reviewed.
 *
 * @param consultant who gave the recommendation; null until reviewed
 * @param recommendation what the psychiatric consultant recommended; null until reviewed
 * @param reviewedBy who recorded the recommendation; null until reviewed
 */
public record CaseReviewEntry(long id, long personId, String reason, String addedBy, OffsetDateTime addedAt,
        String consultant, String recommendation, String reviewedBy, OffsetDateTime reviewedAt) {

    public boolean awaitingReview() {
        return reviewedAt == null;
    }
}
