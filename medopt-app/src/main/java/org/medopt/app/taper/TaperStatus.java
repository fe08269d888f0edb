package org.medopt.app.taper;

import org.medopt.shared.Coded;

/** Where a stored taper plan stands. */
public enum TaperStatus implements Coded {
    /** Planned, not yet started; may be re-planned. */
    DRAFT("draft"),
    /** Running: the person follows its steps. */
    ACTIVE("active"),
    /** Held at the current dose until the person or a clinician resumes it. */
    PAUSED("paused"),
    COMPLETED("completed"),
    /** Ended before its last step by a clinician, with a reason. */
    STOPPED("stopped");

    private final String code;

    TaperStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the person is following the plan now, running or paused. */
    public boolean running() {
        return this == ACTIVE || this == PAUSED;
    }
}
