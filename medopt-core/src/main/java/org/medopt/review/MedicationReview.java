package org.medopt.review;

import java.util.List;
import org.medopt.knowledge.KnowledgeBase;

/** Medication therapy review: a pure function of the medication list, the person's context and the knowledge base. */
public final class MedicationReview {

    private final KnowledgeBase knowledge;

    public MedicationReview(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public ReviewResult review(List<ReviewedMedication> medications, PersonContext person) {
        return new ReviewResult(knowledge.version(), List.of(), List.of());
    }
}
