package org.medopt.app.medication;

import java.time.LocalDate;

/**
 * A dated change of a person's medicines, to set beside how they were doing then.
 *
 * @param drugName the medicine as the record names it
 * @param detail what it changed to, in words ("50 mg once daily", "50 mg once daily to 100 mg once daily", "taper
 *     step 2: 15 mg a day"); null when the kind says it all
 */
public record MedicationChange(LocalDate date, String drugName, Kind kind, String detail) {

    /** What happened to the medicine. */
    public enum Kind {
        STARTED, DOSE_CHANGED, STOPPED, TAPER_STEP
    }

    /** The change in a few words: "started sertraline 50 mg once daily". */
    public String words() {
        String more = detail == null ? "" : " " + detail;
        return switch (kind) {
            case STARTED -> "started " + drugName + more;
            case DOSE_CHANGED -> drugName + " dose changed:" + more;
            case STOPPED -> "stopped " + drugName + more;
            case TAPER_STEP -> drugName + " taper" + more;
        };
    }
}
