package org.medopt.app.registry;

import org.medopt.shared.Coded;

/** The kind of behavioral health care management an episode is. */
public enum CareProgram implements Coded {
    /** Psychiatric collaborative care: care manager, treating practitioner and psychiatric consultant. */
    COCM("cocm", "Collaborative care (CoCM)"),
    /** General behavioral health integration, without a psychiatric consultant. */
    GENERAL_BHI("general-bhi", "General BHI");

    private final String code;
    private final String label;

    CareProgram(String code, String label) {
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
