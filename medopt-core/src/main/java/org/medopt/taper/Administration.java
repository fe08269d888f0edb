package org.medopt.taper;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One time of day the drug is taken and how much: "morning, 10 mg". A plan keeps each time's share of the daily dose
 * as the dose falls.
 */
public record Administration(String time, BigDecimal milligrams) {

    public Administration {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(milligrams, "milligrams");
    }

    public static Administration of(String time, String milligrams) {
        return new Administration(time, new BigDecimal(milligrams));
    }
}
