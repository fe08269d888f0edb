package org.medopt.taper;

import org.medopt.shared.Coded;

/** How the planner sizes each reduction. */
public enum TaperMethod implements Coded {
    /**
     * Each step lowers the estimated receptor occupancy by about the same number of percentage points, so the cuts in
     * mg shrink as the dose falls (Horowitz, Jauhar, Natesan, Murray &amp; Taylor, Schizophr Bull 2021;47(4):1116-29;
     * Horowitz &amp; Taylor, Lancet Psychiatry 2019;6:538-46).
     */
    HYPERBOLIC("hyperbolic"),
    /** Each step cuts a fixed percentage of the most recent dose (the "10% of the current dose" approach). */
    PROPORTIONAL("proportional"),
    /** Equal cuts in mg; allowed, but late cuts become large relative to the dose, and the plan says so. */
    LINEAR("linear");

    private final String code;

    TaperMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
