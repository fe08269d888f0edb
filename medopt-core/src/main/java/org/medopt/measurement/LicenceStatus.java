package org.medopt.measurement;

import org.medopt.shared.Coded;

/** Whether MedOpt may offer an instrument, as its licence says. */
public enum LicenceStatus implements Coded {
    /** Free to use, reproduce and display electronically. */
    FREE("free"),
    /** Electronic use needs a licence MedOpt does not hold; not offered until a deployment records one. */
    LICENCE_REQUIRED("licence-required"),
    /** Written for MedOpt; no outside licence applies. */
    MEDOPT_OWN("medopt-own");

    private final String code;

    LicenceStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
