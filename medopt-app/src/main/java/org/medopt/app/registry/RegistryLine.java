package org.medopt.app.registry;

import java.time.LocalDate;
import org.medopt.registry.Progress;
import org.medopt.registry.Trend;

/**
 * One person on the registry: their open episode, their PHQ-9 and GAD-7 against the baselines, what the not-improving
 * rule makes of the PHQ-9, and whether they await psychiatric case review.
 *
 * @param caseReview the entry awaiting review; null when the person is not on the list
 */
public record RegistryLine(long personId, String name, CareEpisode episode, Trend phq9, Trend gad7, Progress progress,
        CaseReviewEntry caseReview, LocalDate today) {

    public boolean contactOverdue() {
        return episode.contactOverdue(today);
    }

    public boolean contactDueToday() {
        return today.equals(episode.nextContactDue());
    }

    public boolean onCaseReview() {
        return caseReview != null;
    }

    /** Whether the rule suggests case review for a person not on the list. */
    public boolean suggestedForReview() {
        return progress.notImproving() && !onCaseReview();
    }
}
