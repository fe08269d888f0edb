package org.medopt.taper;

import java.math.BigDecimal;
import org.medopt.knowledge.OccupancyModel;

/** Chooses the last dose before stopping, and says where the choice came from. */
final class FinalDose {

    /**
     * The default final dose is at least 1/40 of the starting dose: Horowitz, Jauhar, Natesan, Murray &amp; Taylor,
     * Schizophr Bull 2021, note that the final dose before stopping may need to be as small as 1/40 of a therapeutic
     * dose.
     */
    static final int FRACTION_OF_START = 40;

    private FinalDose() {
    }

    /**
     * The final dose in units for {@code phase}: the clinician's when given ({@code requested}, in the phase's drug),
     * else the largest achievable dose whose estimated occupancy is at most one step ({@code model} given), else the
     * smallest achievable dose of at least 1/40 of the start. Linear plans have none: they cut to zero.
     */
    static long choose(TaperRequest r, Phase phase, OccupancyModel model, BigDecimal requested, PlanDraft draft) {
        if (r.method() == TaperMethod.LINEAR) {
            draft.explain("Linear: equal cuts of " + r.pacePercent().stripTrailingZeros().toPlainString()
                    + "% of the starting dose, so the last dose before stopping is one such cut.");
            return 0;
        }
        DailyComposer composer = phase.composer();
        if (requested != null) {
            return chosenByClinician(Milligrams.units(requested), phase, draft);
        }
        if (model != null) {
            double step = r.occupancyStepPoints().doubleValue();
            long ceiling = (long) Math.floor(model.milligramsFor(step) * Milligrams.PER_MG);
            DailyComposer.Day day = ceiling > 0 ? composer.choose(ceiling, 1, ceiling + 1) : null;
            if (day != null) {
                draft.explain("Final dose before stopping: " + Milligrams.text(day.units()) + ", the largest dose the "
                        + "products make whose estimated occupancy (" + occupancy(model, day.units()) + "%) is at most one "
                        + "step of " + points(r) + " points, so stopping lowers occupancy no more than any other step.");
                return day.units();
            }
            long smallest = composer.maker().smallest();
            draft.warn("The products cannot make a dose at or below " + Milligrams.text(ceiling) + ", the dose with "
                    + points(r) + "% estimated occupancy; stopping from " + Milligrams.text(smallest) + " ("
                    + occupancy(model, smallest) + "%) is a larger fall than the other steps. A compounded liquid of "
                    + "lower concentration would allow a smaller final dose.");
            return smallest;
        }
        long least = (phase.startUnits() + FRACTION_OF_START - 1) / FRACTION_OF_START;
        DailyComposer.Day day = composer.choose(least, least, phase.startUnits());
        long units = day != null ? day.units() : composer.maker().smallest();
        draft.explain("Final dose before stopping: " + Milligrams.text(units) + ", the smallest dose the products make "
                + "that is at least 1/40 of the starting dose (Horowitz et al., Schizophr Bull 2021: the final dose "
                + "before stopping may need to be as small as 1/40 of a therapeutic dose).");
        return units;
    }

    /**
     * The clinician's final dose, or the nearest dose the products make when that is within the 5% tolerance of a
     * step's target; further off, the clinician's dose stands and the plan says where the products fall short.
     */
    private static long chosenByClinician(long units, Phase phase, PlanDraft draft) {
        DailyComposer.Day day = phase.composer().choose(units, 1, phase.startUnits());
        if (day == null || day.units() == units
                || Milligrams.percent(day.units() - units, units).abs().compareTo(TaperStep.GAP_TOLERANCE_PERCENT) > 0) {
            draft.explain("Final dose before stopping: " + Milligrams.text(units) + ", as the clinician chose.");
            return units;
        }
        draft.explain("Final dose before stopping: " + Milligrams.text(day.units()) + ", the dose the products make "
                + "nearest to the clinician's " + Milligrams.text(units) + ".");
        return day.units();
    }

    static BigDecimal occupancy(OccupancyModel model, long units) {
        return BigDecimal.valueOf(model.occupancyPercent(Milligrams.asDouble(units)))
                .setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static String points(TaperRequest r) {
        return r.occupancyStepPoints().stripTrailingZeros().toPlainString();
    }
}
