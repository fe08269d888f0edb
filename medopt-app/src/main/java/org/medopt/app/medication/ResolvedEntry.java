package org.medopt.app.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;
import org.medopt.shared.Coded;

/** Validated entry details with codes turned into values and the drug resolved against the catalog. */
record ResolvedEntry(
        MedicationKind kind, String rxcui, String drugName, String strength, BigDecimal dose, DoseUnit doseUnit,
        Route route, String frequency, LocalDate startDate, LocalDate stopDate, String stopReason, String prescriber,
        String indication, String personPurpose, String personExperience, RecordSource source) {

    /**
     * Resolves the drug by RxNorm code when one is given (it must be in the catalog), otherwise by exact catalog
     * name; a name the catalog does not know is kept as free text and shown as "not in catalog".
     */
    static ResolvedEntry of(MedicationDetails d, DrugCatalog catalog) {
        Drug drug = drug(d, catalog);
        String name = drug != null ? drug.name() : d.drugName().strip();
        return new ResolvedEntry(Coded.of(MedicationKind.class, d.kind()), drug == null ? null : drug.rxcui(), name,
                text(d.strength()), d.dose(), Coded.of(DoseUnit.class, d.doseUnit()), Coded.of(Route.class, d.route()),
                d.frequency().strip(), d.startDate(), d.stopDate(), text(d.stopReason()), text(d.prescriber()),
                text(d.indication()), text(d.personPurpose()), text(d.personExperience()),
                Coded.of(RecordSource.class, d.source()));
    }

    ResolvedEntry withSource(RecordSource newSource) {
        return new ResolvedEntry(kind, rxcui, drugName, strength, dose, doseUnit, route, frequency, startDate, stopDate,
                stopReason, prescriber, indication, personPurpose, personExperience, newSource);
    }

    ResolvedEntry withOwnWords(OwnWords words) {
        return new ResolvedEntry(kind, rxcui, drugName, strength, dose, doseUnit, route, frequency, startDate, stopDate,
                stopReason, prescriber, indication, text(words.personPurpose()), text(words.personExperience()), source);
    }

    private static Drug drug(MedicationDetails d, DrugCatalog catalog) {
        if (d.rxcui() != null && !d.rxcui().isBlank()) {
            return catalog.byRxcui(d.rxcui().strip()).orElseThrow(() -> new InvalidInputException("rxcui",
                    "RxNorm code " + d.rxcui().strip() + " is not in the drug catalog; leave it empty and give the name instead"));
        }
        if (d.drugName() == null || d.drugName().isBlank()) {
            throw new InvalidInputException("drugName", "enter the medicine's name");
        }
        return catalog.byName(d.drugName()).orElse(null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
