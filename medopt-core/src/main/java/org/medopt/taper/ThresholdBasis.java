package org.medopt.taper;

import org.medopt.shared.Coded;

/** Where an adaptation rule's threshold comes from: a cited source, or MedOpt's own documented choice. */
public enum ThresholdBasis implements Coded {
    SOURCE("source"),
    MEDOPT_CHOICE("medopt-choice");

    private final String code;

    ThresholdBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
