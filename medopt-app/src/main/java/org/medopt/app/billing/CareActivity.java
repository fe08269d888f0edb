package org.medopt.app.billing;

import com.fasterxml.jackson.annotation.JsonValue;
import org.medopt.shared.Coded;

/** What the care-management time was: CoCM care management (with a psychiatric consultant) or general BHI. */
public enum CareActivity implements Coded {
    COCM("cocm", "CoCM care management"),
    GENERAL_BHI("general-bhi", "General BHI");

    private final String code;
    private final String label;

    CareActivity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
