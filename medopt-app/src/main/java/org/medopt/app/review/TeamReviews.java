package org.medopt.app.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.context.HealthContextChanged;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.medication.MedicationRecordChanged;
import org.medopt.app.medication.MedicationService;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.review.MedicationReview;
import org.medopt.review.PersonContext;
import org.medopt.review.ReviewResult;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each person's latest review for the whole care team, which the caseload counts open critical findings in.
 * It reviews only entries of no sensitive category, which everyone on the team may read, so that a count never
 * hints at an entry the reader may not see. It runs again inside the transaction of every change of the medication
 * record or the health context, so the count and the record agree; a review that fails rolls the change back rather than leave a wrong
 * count behind.
 */
@Component
class TeamReviews {

    private final MedicationService medications;
    private final ReviewInputs inputs;
    private final MedicationReview engine;
    private final KnowledgeBase knowledge;
    private final RuleFingerprints fingerprints;
    private final ReviewRepository reviews;
    private final Clock clock;

    TeamReviews(MedicationService medications, ReviewInputs inputs, MedicationReview engine, KnowledgeBase knowledge,
            RuleFingerprints fingerprints, ReviewRepository reviews, Clock clock) {
        this.medications = medications;
        this.inputs = inputs;
        this.engine = engine;
        this.knowledge = knowledge;
        this.fingerprints = fingerprints;
        this.reviews = reviews;
        this.clock = clock;
    }

    @EventListener
    void medicationRecordChanged(MedicationRecordChanged changed) {
        reviewAgain(changed.personId());
    }

    @EventListener
    void healthContextChanged(HealthContextChanged changed) {
        reviewAgain(changed.personId());
    }

    private void reviewAgain(long personId) {
        store(personId, medications.openToTheWholeTeam(personId),
                inputs.contextWithinChange(personId, LocalDate.now(clock)));
    }

    /**
     * Stores the review again if the stored one is missing or came from another knowledge-base version; the entries
     * are those the caller may read, of which only the ones of no sensitive category are reviewed.
     */
    void refreshIfOutdated(long personId, List<MedicationEntry> readable, PersonContext context) {
        if (!reviews.storedVersion(personId).filter(knowledge.version()::equals).isPresent()) {
            store(personId, readable.stream().filter(entry -> !entry.sensitive()).toList(), context);
        }
    }

    private void store(long personId, List<MedicationEntry> openToTheTeam, PersonContext context) {
        ReviewResult result = engine.review(inputs.medications(openToTheTeam, context.reviewDate()), context);
        reviews.replace(personId, result.knowledgeVersion(), result.findings().stream()
                .map(finding -> new StoredFinding(finding.key(), finding.severity(), fingerprints.of(finding)))
                .toList(), OffsetDateTime.now(clock));
    }
}
