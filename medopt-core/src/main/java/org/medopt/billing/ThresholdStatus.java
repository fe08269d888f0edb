package org.medopt.billing;

import org.medopt.shared.Coded;

/** Whether a cited source states a threshold for this very code, or it is only partly confirmed. */
public enum ThresholdStatus implements Coded {
    /** A cited source states this minute count for this code. */
    CONFIRMED("confirmed"),
    /** Stated only by a weak source or derived from the time rule; every explanation says so. */
    PARTLY_CONFIRMED("partly-confirmed");

    private final String code;

    ThresholdStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
