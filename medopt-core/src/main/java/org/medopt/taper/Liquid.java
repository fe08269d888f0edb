package org.medopt.taper;

/**
 * An oral liquid measured with an oral syringe in steps of 0.1 mL (MedOpt's choice of resolution: common 1 mL and
 * 5 mL oral syringes are marked in 0.1 mL or finer).
 *
 * @param label how a person reads it: "2 mg/mL oral solution", "0.5 mg/mL compounded oral liquid"
 * @param unitsPerTenthMl the drug in 0.1 mL, in {@link Milligrams} units
 */
record Liquid(String label, long unitsPerTenthMl) {

    /** "1.3 mL of 2 mg/mL oral solution". */
    String text(int tenthsMl) {
        return java.math.BigDecimal.valueOf(tenthsMl, 1).stripTrailingZeros().toPlainString() + " mL of " + label;
    }
}
