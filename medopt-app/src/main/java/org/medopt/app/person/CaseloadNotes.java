package org.medopt.app.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feature that has something to say on the caseload about some of its persons, such as the medication review's
 * open critical findings. The feature implements this, so the caseload and the person's page show it without
 * depending on that feature.
 */
public interface CaseloadNotes {

    /** Notes for those of the persons (all on the signed-in reader's caseload, or readable by them) that have one. */
    Map<Long, CaseloadNote> notesFor(List<Long> personIds);

    /**
     * What the top of the caseload says about all the persons on the reader's care teams together, such as how many
     * safety follow-ups are open; empty when there is nothing to say.
     */
    default Optional<CaseloadNote> banner() {
        return Optional.empty();
    }
}
