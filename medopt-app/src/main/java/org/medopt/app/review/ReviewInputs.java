package org.medopt.app.review;

import java.time.LocalDate;
import java.util.List;
import org.medopt.app.account.Actor;
import org.medopt.app.context.ClinicalContextService;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.review.DailyDose;
import org.medopt.review.PersonContext;
import org.medopt.review.ReviewedMedication;
import org.springframework.stereotype.Component;

/** Turns a person's record into what the review engine reads. */
@Component
class ReviewInputs {

    private final ClinicalContextService contexts;

    ReviewInputs(ClinicalContextService contexts) {
        this.contexts = contexts;
    }

    /**
     * The current entries, and the stopped ones the catalog knows with their stop date, so the engine can see an
     * abrupt stop of a drug with a withdrawal risk; a stopped medicine the catalog does not know could feed no rule.
     * The daily dose is worked out from the dose and a frequency the parser understands, or left unknown.
     */
    List<ReviewedMedication> medications(List<MedicationEntry> entries, LocalDate day) {
        return entries.stream()
                .filter(entry -> entry.currentOn(day) || entry.inCatalog())
                .map(entry -> new ReviewedMedication(entry.rxcui(), entry.drugName(),
                        DailyDose.from(entry.dose(), entry.doseUnit(), entry.frequency()).orElse(null),
                        entry.startDate(), entry.stopDate()))
                .toList();
    }

    /** What the review knows of the person on {@code day}: age, sex, pregnancy, conditions, results; audited as read. */
    PersonContext context(long personId, LocalDate day) {
        return contexts.contextFor(personId, day);
    }

    /** The same, as {@code clinician} may read it, for the CDS client acting on their behalf; audited as such. */
    PersonContext contextViaClient(Actor clinician, String client, long personId, LocalDate day) {
        return contexts.contextViaClient(clinician, client, personId, day);
    }

    /** The same, inside a change the caller has audited: for the review kept for the care team, which shows nothing. */
    PersonContext contextWithinChange(long personId, LocalDate day) {
        return contexts.contextWithinChange(personId, day);
    }
}
