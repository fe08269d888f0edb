package org.medopt.app.fhir;

import java.time.Clock;
import java.time.LocalDate;
import org.medopt.review.MedicationReview;
import org.medopt.review.ReviewResult;
import org.springframework.stereotype.Service;

/**
 * Reviews medication lists sent as FHIR: a bundle from the REST API or the command line, or the resources of a CDS
 * Hooks call. Reads and stores nothing of MedOpt's own records, so it asks no access policy; the review date is today
 * in UTC.
 */
@Service
public class FhirReviewService {

    private final FhirReviewInput input;
    private final MedicationReview engine;
    private final Clock clock;

    FhirReviewService(FhirReviewInput input, MedicationReview engine, Clock clock) {
        this.input = input;
        this.engine = engine;
        this.clock = clock;
    }

    /** The findings for the medication list and person context in a FHIR Bundle sent as JSON. */
    public ReviewFindings reviewBundle(String bundleJson) {
        return review(input.read(input.parseBundle(bundleJson), today()));
    }

    public ReviewFindings review(ReviewInput reviewInput) {
        ReviewResult result = engine.review(reviewInput.medications(), reviewInput.person());
        return ReviewFindings.of(result, reviewInput.notChecked());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
