package org.medopt.app.fhir;

import java.util.List;
import org.medopt.review.PersonContext;
import org.medopt.review.ReviewedMedication;

/**
 * What the review engine is given, read from FHIR resources.
 *
 * @param notChecked names of medicines that could not be resolved to a catalog ingredient (no RxNorm coding, or a
 *     code the knowledge base does not know, such as a product-level RxCUI), so no rule looked at them
 */
public record ReviewInput(List<ReviewedMedication> medications, PersonContext person, List<String> notChecked) {

    public ReviewInput {
        medications = List.copyOf(medications);
        notChecked = List.copyOf(notChecked);
    }
}
