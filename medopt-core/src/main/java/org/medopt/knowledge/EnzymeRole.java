package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** How a drug relates to an enzyme: metabolised by it, inhibiting it or inducing it. */
public enum EnzymeRole implements Coded {
    SUBSTRATE("substrate"),
    INHIBITOR("inhibitor"),
    INDUCER("inducer");

    private final String code;

    EnzymeRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
