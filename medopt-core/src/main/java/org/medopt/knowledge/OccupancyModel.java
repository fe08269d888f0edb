package org.medopt.knowledge;

import java.math.BigDecimal;

/**
 * A fitted dose–occupancy curve: occupancy% = Emax·dose / (ED50 + dose), the two-parameter Michaelis–Menten model of
 * Sørensen, Ruhé &amp; Munkholm, Mol Psychiatry 2022;27:192-201 (doi:10.1038/s41380-021-01285-w).
 *
 * @param emaxPercent the fitted maximum occupancy; some fits exceed 100 slightly
 * @param ed50Milligrams the daily dose in mg that gives half of {@code emaxPercent}
 */
public record OccupancyModel(OccupancyTarget target, BigDecimal emaxPercent, BigDecimal ed50Milligrams) {

    /** The estimated occupancy in percent at a daily dose of {@code milligrams}. */
    public double occupancyPercent(double milligrams) {
        if (milligrams <= 0) {
            return 0;
        }
        return emaxPercent.doubleValue() * milligrams / (ed50Milligrams.doubleValue() + milligrams);
    }

    /**
     * The daily dose in mg estimated to give {@code percent} occupancy (dose = ED50·occ / (Emax − occ)); 0 for 0% or
     * less, and infinite at or above Emax, which the curve never reaches.
     */
    public double milligramsFor(double percent) {
        double emax = emaxPercent.doubleValue();
        if (percent <= 0) {
            return 0;
        }
        if (percent >= emax) {
            return Double.POSITIVE_INFINITY;
        }
        return ed50Milligrams.doubleValue() * percent / (emax - percent);
    }
}
