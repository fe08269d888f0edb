package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** How well a cited source was checked for the facts that cite it. */
public enum Verification implements Coded {
    /** Seen in the primary source itself. */
    VERIFIED("verified"),
    /** Seen only in a secondary source (a derived table, a review, a vendor page). */
    SECONDARY("secondary"),
    /** Not yet confirmed in any source; rules must not fire on such a fact. */
    UNVERIFIED("unverified");

    private final String code;

    Verification(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
