package org.medopt.app.medication;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.medopt.app.web.CodeOf;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;

/**
 * What is entered to add or change a medication entry, from a page or the REST API. Codes are the lower-case codes
 * of {@link MedicationKind}, {@link DoseUnit}, {@link Route} and {@link RecordSource}.
 *
 * @param rxcui the catalog drug's RxNorm ingredient code; when absent, {@code drugName} is matched to the catalog
 * @param changeReason why an existing entry is changed (required when editing)
 * @param submissionToken a one-time token that makes a repeated submission harmless (optional on the API)
 * @param version the version the editor started from (required when editing)
 */
@ConsistentStop
public record MedicationDetails(
        @NotBlank(message = "choose the kind") @CodeOf(value = MedicationKind.class, what = "kind") String kind,
        @Size(max = 12) String rxcui,
        @Size(max = 200) String drugName,
        @Size(max = 60) String strength,
        @NotNull(message = "enter the dose") @Positive(message = "the dose must be more than zero")
        @DecimalMax(value = "100000", message = "the dose is too large to be right") @Digits(integer = 8, fraction = 4)
        BigDecimal dose,
        @NotBlank(message = "choose the unit") @CodeOf(value = DoseUnit.class, what = "unit") String doseUnit,
        @NotBlank(message = "choose the route") @CodeOf(value = Route.class, what = "route") String route,
        @NotBlank(message = "say how often, e.g. once daily") @Size(max = 100) String frequency,
        LocalDate startDate,
        LocalDate stopDate,
        @Size(max = 300) String stopReason,
        @Size(max = 120) String prescriber,
        @Size(max = 200) String indication,
        @Size(max = 1000) String personPurpose,
        @Size(max = 1000) String personExperience,
        @NotBlank(message = "say where this entry comes from") @CodeOf(value = RecordSource.class, what = "source")
        String source,
        @Size(max = 300) String changeReason,
        @Size(max = 64) String submissionToken,
        Integer version) {

    /** An empty form for a new entry. */
    public static MedicationDetails blank(MedicationKind kind, RecordSource source, String submissionToken) {
        return new MedicationDetails(kind.code(), null, null, null, null, DoseUnit.MG.code(), Route.ORAL.code(), null,
                null, null, null, null, null, null, null, source.code(), null, submissionToken, null);
    }
}
