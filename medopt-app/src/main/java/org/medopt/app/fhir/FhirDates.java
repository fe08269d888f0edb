package org.medopt.app.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/** FHIR dates and date-times as the calendar day written in them; a year or month alone names no day. */
final class FhirDates {

    private FhirDates() {
    }

    /** The day, or null when the value is empty or less precise than a day. */
    static LocalDate day(BaseDateTimeType value) {
        if (value == null || value.isEmpty() || value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
    }
}
