package org.medopt.app.context;

import com.fasterxml.jackson.annotation.JsonValue;
import org.medopt.shared.Coded;

/** Whether a condition holds: FHIR's clinical status, with entered-in-error from its verification status. */
public enum ConditionStatus implements Coded {
    ACTIVE("active", "Active"),
    RESOLVED("resolved", "Resolved"),
    ENTERED_IN_ERROR("entered-in-error", "Entered in error");

    private final String code;
    private final String label;

    ConditionStatus(String code, String label) {
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
