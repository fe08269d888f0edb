package org.medopt.app.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A medication entry's dates in the FHIR download")
class FhirMedicationsTests {

    @Test
    @DisplayName("end on the last day taken, the day before MedOpt's stop date (the first day without it)")
    void endIsLastDayTaken() {
        Period period = FhirMedications.period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1));

        assertThat(period.getStartElement().getValueAsString()).isEqualTo("2026-01-05");
        assertThat(period.getEndElement().getValueAsString()).isEqualTo("2026-02-28");
    }

    @Test
    @DisplayName("never end before they start, for an entry stopped on the day it began")
    void stoppedOnItsFirstDay() {
        Period period = FhirMedications.period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5));

        assertThat(period.getEndElement().getValueAsString()).isEqualTo("2026-01-05");
    }

    @Test
    @DisplayName("have no end while the medicine goes on")
    void noStop() {
        assertThat(FhirMedications.period(LocalDate.of(2026, 1, 5), null).hasEnd()).isFalse();
    }
}
