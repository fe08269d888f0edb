package org.medopt.billing;

import org.medopt.shared.Coded;

/** What part a billing code plays in a month; the evaluator implements each role once. */
public enum CodeRole implements Coded {
    /** The first month of a CoCM episode (99492). */
    INITIAL_MONTH("initial-month"),
    /** A later month of a CoCM episode (99493). */
    SUBSEQUENT_MONTH("subsequent-month"),
    /** Each further unit of CoCM time past the month's base code (+99494). */
    ADD_ON("add-on"),
    /** Any CoCM month below the base code's threshold (G2214). */
    SHORT_MONTH("short-month"),
    /** General behavioral health integration, not in a CoCM month (99484). */
    GENERAL_BHI("general-bhi");

    private final String code;

    CodeRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
