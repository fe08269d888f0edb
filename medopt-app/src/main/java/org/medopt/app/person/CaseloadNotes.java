package org.medopt.app.person;

import java.util.List;
import java.util.Map;

/**
 * A feature that has something to say on the caseload about some of its persons, such as the medication review's
 * open critical findings. The feature implements this, so the caseload shows it without depending on that feature.
 */
public interface CaseloadNotes {

    /** Notes for those of the persons (all on the signed-in reader's caseload) that have one. */
    Map<Long, CaseloadNote> notesFor(List<Long> personIds);
}
