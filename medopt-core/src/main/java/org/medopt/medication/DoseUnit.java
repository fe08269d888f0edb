package org.medopt.medication;

import org.medopt.shared.Coded;

/** The unit a single dose is taken in. */
public enum DoseUnit implements Coded {
    MG("mg"),
    MCG("mcg"),
    G("g"),
    ML("mL"),
    TABLET("tablet"),
    CAPSULE("capsule"),
    DROP("drop"),
    PUFF("puff"),
    PATCH("patch"),
    INTERNATIONAL_UNIT("IU"),
    UNIT("unit");

    private final String code;

    DoseUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
