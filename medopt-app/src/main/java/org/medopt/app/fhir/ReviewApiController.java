package org.medopt.app.fhir;

import org.medopt.app.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/review}: a FHIR R4 Bundle in, the review's findings out, exactly as {@code medopt review} prints
 * them. Nothing is read from or stored in MedOpt's records; the API sign-in of the call is audited as every API call is.
 */
@ApiController("/api/review")
class ReviewApiController {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirReviewService reviews;

    ReviewApiController(FhirReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping(consumes = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ReviewFindings review(@RequestBody String bundle) {
        return reviews.reviewBundle(bundle);
    }
}
