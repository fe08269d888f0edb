package org.medopt.taper;

import java.math.BigDecimal;

/**
 * What to take at one time of day during a step: "morning: citalopram 12.5 mg, one 10 mg tablet + 1.3 mL of 2 mg/mL
 * oral solution".
 */
public record Dosing(String time, String drug, BigDecimal milligrams, String howToTake) {

    /** The line as a person reads it. */
    public String text() {
        return time + ": " + drug + " " + milligrams.toPlainString() + " mg (" + howToTake + ")";
    }
}
