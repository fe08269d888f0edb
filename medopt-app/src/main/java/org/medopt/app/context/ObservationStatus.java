package org.medopt.app.context;

import com.fasterxml.jackson.annotation.JsonValue;
import org.medopt.shared.Coded;

/** FHIR's observation status, as far as MedOpt records it: a result stands, or was entered in error. */
public enum ObservationStatus implements Coded {
    FINAL("final", "Final"),
    ENTERED_IN_ERROR("entered-in-error", "Entered in error");

    private final String code;
    private final String label;

    ObservationStatus(String code, String label) {
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
