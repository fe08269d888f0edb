package org.medopt.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated lab result or vital sign, coded in LOINC.
 *
 * @param value the result, or null when only the fact that it was measured is known
 */
public record Observation(String code, String display, BigDecimal value, String unit, LocalDate date) {

    public static final String LOINC = "http://loinc.org";
}
