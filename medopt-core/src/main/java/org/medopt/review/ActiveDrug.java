package org.medopt.review;

import org.medopt.knowledge.Drug;

/** A medicine on the list that the catalog knows, with its entry as recorded. */
record ActiveDrug(ReviewedMedication medication, Drug drug) {

    String rxcui() {
        return drug.rxcui();
    }
}
