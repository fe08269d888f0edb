package org.medopt.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One dated step of a taper: the dose aimed for, the dose the products can make, and how to take it.
 *
 * @param end the last day of the step, inclusive
 * @param drug the drug the daily doses are counted in (diazepam from the switch on)
 * @param gapPercent how far the achievable dose is from the target, as a percentage of the target
 * @param occupancyPercent the estimated receptor occupancy at the achievable dose, or null without a model
 */
public record TaperStep(
        int number,
        LocalDate start,
        LocalDate end,
        String drug,
        BigDecimal targetMilligrams,
        BigDecimal milligrams,
        BigDecimal gapPercent,
        List<Dosing> dosing,
        BigDecimal occupancyPercent,
        StepLimit limit,
        String explanation,
        List<String> warnings) {

    /**
     * MedOpt's tolerance from the taper issue: a dose the products make within 5% of its target needs no flag.
     */
    public static final BigDecimal GAP_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    public TaperStep {
        dosing = List.copyOf(dosing);
        warnings = List.copyOf(warnings);
    }

    /** Whether the achievable dose is more than 5% from the target. */
    public boolean gapFlagged() {
        return gapPercent.abs().compareTo(GAP_TOLERANCE_PERCENT) > 0;
    }

    /** Whether this is the step at 0 mg. */
    public boolean stop() {
        return milligrams.signum() == 0;
    }

    public Optional<BigDecimal> occupancy() {
        return Optional.ofNullable(occupancyPercent);
    }
}
