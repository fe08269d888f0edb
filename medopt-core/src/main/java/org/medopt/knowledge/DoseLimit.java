package org.medopt.knowledge;

import java.math.BigDecimal;
import org.medopt.person.AgeGroup;

/** The labelled maximum total daily dose for an age group, in mg or mcg a day. */
public record DoseLimit(AgeGroup ageGroup, BigDecimal maximumDailyDose, StrengthUnit unit) {

    /** The maximum in milligrams, to compare with a daily dose in milligrams. */
    public BigDecimal maximumMilligrams() {
        return unit == StrengthUnit.MCG ? maximumDailyDose.movePointLeft(3) : maximumDailyDose;
    }
}
