package org.medopt.app.context;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.medopt.review.Condition;

/**
 * A coded condition in a person's record, with who recorded it and, once it no longer holds, who closed it, when
 * and why.
 *
 * @param onsetDate when it began, if known
 * @param abatementDate when it resolved; only for a resolved condition
 */
public record HealthCondition(long id, long personId, CodeSystem system, String code, String display,
        LocalDate onsetDate, ConditionStatus status, LocalDate abatementDate, OffsetDateTime recordedAt,
        String recordedBy, OffsetDateTime closedAt, String closedBy, String closeReason) {

    /**
     * Whether the condition held on {@code date}: not entered in error, begun by then if its onset is known, and not
     * yet resolved.
     */
    public boolean activeOn(LocalDate date) {
        return status != ConditionStatus.ENTERED_IN_ERROR
                && (onsetDate == null || !onsetDate.isAfter(date))
                && (abatementDate == null || abatementDate.isAfter(date));
    }

    public boolean active() {
        return status == ConditionStatus.ACTIVE;
    }

    /** The condition as the review engine reads it. */
    public Condition forReview() {
        return new Condition(system.uri(), code, display);
    }
}
