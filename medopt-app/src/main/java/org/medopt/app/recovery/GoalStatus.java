package org.medopt.app.recovery;

import org.medopt.shared.Coded;

/** Where a recovery goal stands, as the person says: still working on it, achieved, or set aside for now. */
public enum GoalStatus implements Coded {
    ACTIVE("active", "Working on it"),
    ACHIEVED("achieved", "Achieved"),
    SET_ASIDE("set-aside", "Set aside");

    private final String code;
    private final String label;

    GoalStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
