package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** The unit a marketed product's strength is labelled in. */
public enum StrengthUnit implements Coded {
    MG("mg"),
    MCG("mcg"),
    G("g"),
    MG_PER_ML("mg/mL"),
    MCG_PER_ML("mcg/mL"),
    MG_PER_5ML("mg/5mL"),
    MG_PER_24H("mg/24h"),
    MCG_PER_H("mcg/h"),
    UNIT("unit");

    private final String code;

    StrengthUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
