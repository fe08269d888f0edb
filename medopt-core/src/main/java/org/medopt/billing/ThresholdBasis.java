package org.medopt.billing;

import org.medopt.shared.Coded;

/** How a code's reporting threshold follows from its descriptor time. */
public enum ThresholdBasis implements Coded {
    /** The CPT time rule: a unit is attained when its mid-point is passed (N/2 + 1 whole minutes). */
    MID_POINT("mid-point"),
    /** The descriptor says "at least N minutes": all N are needed. */
    FULL_TIME("full-time");

    private final String code;

    ThresholdBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The whole minutes from which a unit of {@code descriptorMinutes} is reportable on this basis. */
    public int reportableFrom(int descriptorMinutes) {
        return this == MID_POINT ? descriptorMinutes / 2 + 1 : descriptorMinutes;
    }
}
