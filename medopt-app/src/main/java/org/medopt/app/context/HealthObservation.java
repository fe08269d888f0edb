package org.medopt.app.context;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.medopt.review.Observation;

/**
 * A dated lab result or vital sign, coded in LOINC, with who recorded it and, if it was entered in error, who said
 * so, when and why.
 *
 * @param value the result, or null when only the fact that it was measured is recorded
 */
public record HealthObservation(long id, long personId, String code, String display, BigDecimal value, String unit,
        LocalDate effectiveDate, ObservationStatus status, OffsetDateTime recordedAt, String recordedBy,
        OffsetDateTime closedAt, String closedBy, String closeReason) {

    public boolean standing() {
        return status == ObservationStatus.FINAL;
    }

    /** The value with its unit, as a reader expects it: "0.7 mmol/L"; empty when no value was recorded. */
    public String valueText() {
        if (value == null) {
            return "";
        }
        String number = value.stripTrailingZeros().toPlainString();
        return unit == null ? number : number + " " + unit;
    }

    /** How long before {@code today} it was taken, in the largest whole unit: "today", "3 weeks ago", "14 months ago". */
    public String age(LocalDate today) {
        long days = ChronoUnit.DAYS.between(effectiveDate, today);
        long months = ChronoUnit.MONTHS.between(effectiveDate, today);
        if (days == 0) {
            return "today";
        }
        if (months >= 1) {
            return months == 1 ? "1 month ago" : months + " months ago";
        }
        return days < 14 ? days + (days == 1 ? " day ago" : " days ago") : days / 7 + " weeks ago";
    }

    /** The observation as the review engine reads it. */
    public Observation forReview() {
        return new Observation(code, display, value, unit, effectiveDate);
    }
}
