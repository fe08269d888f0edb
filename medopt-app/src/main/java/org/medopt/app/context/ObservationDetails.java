package org.medopt.app.context;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lab result or vital sign to record, from a page or the REST API.
 *
 * @param code the LOINC code, e.g. 14334-7 for a lithium level
 * @param value the result; may be left out when only the fact that the test was done is known
 * @param unit the value's unit as the lab reports it, e.g. mmol/L
 * @param effectiveDate when the sample was taken or the measurement made
 */
@ValidCodes
public record ObservationDetails(
        @NotBlank(message = "enter the LOINC code") @Size(max = 10, message = "a LOINC code is at most 10 characters") String code,
        @NotBlank(message = "enter the test's name") @Size(max = 200) String display,
        @DecimalMin(value = "0", message = "a result cannot be negative")
        @Digits(integer = 10, fraction = 4, message = "enter at most 10 digits before the point and 4 after") BigDecimal value,
        @Size(max = 30, message = "a unit is at most 30 characters") String unit,
        @NotNull(message = "enter the date it was taken") LocalDate effectiveDate,
        @Size(max = 64) String submissionToken) {

    static ObservationDetails blank(LocalDate today, String submissionToken) {
        return new ObservationDetails(null, null, null, null, today, submissionToken);
    }
}
