package org.medopt.app.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;

/**
 * One entry of a personal medication record, as it stands now.
 *
 * @param rxcui the RxNorm ingredient code of the catalog drug, or {@code null} when the drug is not in the catalog
 * @param personPurpose what the medicine is for, in the person's own words
 * @param personExperience how it is going, in the person's own words
 */
public record MedicationEntry(
        long id,
        long personId,
        MedicationKind kind,
        String rxcui,
        String drugName,
        String strength,
        BigDecimal dose,
        DoseUnit doseUnit,
        Route route,
        String frequency,
        LocalDate startDate,
        LocalDate stopDate,
        String stopReason,
        String prescriber,
        String indication,
        String personPurpose,
        String personExperience,
        RecordSource source,
        int version,
        OffsetDateTime updatedAt,
        String updatedBy,
        String createdBy,
        SensitiveCategory sensitivity) {

    /** Whether only some of those who may read the record may read this entry. */
    public boolean sensitive() {
        return sensitivity != null;
    }

    public boolean inCatalog() {
        return rxcui != null;
    }

    /** Whether the medicine is being taken on {@code day}: not yet stopped by then. */
    public boolean currentOn(LocalDate day) {
        return stopDate == null || stopDate.isAfter(day);
    }

    /** How a person would say the dose: "50 mg once daily". */
    public String doseText() {
        return dose.stripTrailingZeros().toPlainString() + " " + doseUnit.code() + " " + frequency;
    }

    /** The entry as an edit form holds it. */
    public MedicationDetails details() {
        return new MedicationDetails(kind.code(), rxcui, drugName, strength, dose, doseUnit.code(), route.code(),
                frequency, startDate, stopDate, stopReason, prescriber, indication, personPurpose, personExperience,
                source.code(), null, null, version);
    }
}
