package org.medopt.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The planner's dose arithmetic: amounts are counted in whole units of 0.0001 mg, so sums of tablets, halves and
 * 0.1 mL of liquid are exact and plans are the same on every machine. 0.0001 mg is finer than any product makes
 * (half of a 0.125 mg tablet is 0.0625 mg), and well within the rounding of 0.01 mg asked for doses.
 */
final class Milligrams {

    static final long PER_MG = 10_000;
    private static final int SCALE = 4;

    private Milligrams() {
    }

    /** The units of {@code mg}, or -1 when it is not a whole number of 0.0001 mg. */
    static long exactUnits(BigDecimal mg) {
        BigDecimal units = mg.movePointRight(SCALE);
        return units.stripTrailingZeros().scale() > 0 ? -1 : units.longValueExact();
    }

    /** The units of {@code mg}, rounded half up to 0.0001 mg. */
    static long units(BigDecimal mg) {
        return mg.movePointRight(SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long units(double mg) {
        return Math.round(mg * PER_MG);
    }

    static BigDecimal of(long units) {
        return units == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(units, SCALE).stripTrailingZeros();
    }

    static double asDouble(long units) {
        return units / (double) PER_MG;
    }

    /** {@code units × (100 − percent) / 100}, rounded up: the lowest dose a cut of at most {@code percent} reaches. */
    static long afterCut(long units, BigDecimal percent) {
        return BigDecimal.valueOf(units).multiply(BigDecimal.valueOf(100).subtract(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    /** How a person reads an amount: "12.5 mg". */
    static String text(long units) {
        return of(units).toPlainString() + " mg";
    }

    /** {@code part} as a percentage of {@code whole}, to 0.1. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
