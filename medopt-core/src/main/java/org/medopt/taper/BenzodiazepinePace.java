package org.medopt.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.medopt.knowledge.DrugClass;

/**
 * Holds a benzodiazepine taper's pace against the ASAM joint clinical practice guideline on benzodiazepine tapering
 * (2025, pocket guide, source {@code asam-2025-bzd-tapering-pocket-guide}): initial reductions of 5–10% every 2–4
 * weeks, and typically not faster than 25% every 2 weeks. It warns; the prescriber and the person decide.
 */
final class BenzodiazepinePace {

    private static final double USUAL_INITIAL_CUT = 0.10;
    private static final double MOST_IN_TWO_WEEKS = 0.25;
    private static final double TWO_WEEKS_DAYS = 14;

    private BenzodiazepinePace() {
    }

    static void check(TaperRequest r, PlanDraft draft) {
        if (!r.drug().isA(DrugClass.BENZODIAZEPINE)) {
            return;
        }
        double pace = r.pacePercent().doubleValue() / 100;
        double inTwoWeeks = 1 - Math.pow(1 - pace, TWO_WEEKS_DAYS / r.stepDays());
        if (inTwoWeeks > MOST_IN_TWO_WEEKS + 1e-9) {
            draft.warn("At " + percent(pace) + " every " + r.stepDays() + " days the dose falls by about "
                    + percent(inTwoWeeks) + " in two weeks: faster than the 25% every 2 weeks that the ASAM joint "
                    + "guideline on benzodiazepine tapering (2025) says a taper should typically not exceed.");
        } else if (pace > USUAL_INITIAL_CUT + 1e-9) {
            draft.warn("Cuts of " + percent(pace) + " are larger than the 5–10% every 2–4 weeks that the ASAM joint "
                    + "guideline on benzodiazepine tapering (2025) gives as the usual initial pace; it allows faster "
                    + "tapers after shorter use of lower doses (e.g. under 3 months).");
        }
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
