package org.medopt.app.context;

import com.fasterxml.jackson.annotation.JsonValue;
import org.medopt.review.Condition;
import org.medopt.shared.Coded;

/** The code systems a condition may be coded in. */
public enum CodeSystem implements Coded {
    ICD_10_CM("icd-10-cm", "ICD-10-CM", Condition.ICD_10_CM),
    SNOMED_CT("snomed-ct", "SNOMED CT", Condition.SNOMED_CT);

    private final String code;
    private final String label;
    private final String uri;

    CodeSystem(String code, String label, String uri) {
        this.code = code;
        this.label = label;
        this.uri = uri;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The system's URI as FHIR names it. */
    public String uri() {
        return uri;
    }
}
