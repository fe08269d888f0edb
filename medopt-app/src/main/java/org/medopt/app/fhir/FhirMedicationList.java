package org.medopt.app.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.review.DailyDose;
import org.medopt.review.ReviewedMedication;

/**
 * Medicines from MedicationRequest and MedicationStatement resources. Each resolves to catalog ingredients through its
 * RxNorm codings (on the resource, or on the Medication it refers to, including that Medication's ingredients). The
 * catalog is keyed by ingredient RxCUI and holds no product-level RxCUIs, so a product code that is not also an
 * ingredient code cannot be mapped: such a medicine is named as not checked rather than guessed at.
 */
final class FhirMedicationList {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private final DrugCatalog catalog;
    private final FhirReferences references;
    private final List<ReviewedMedication> medications = new ArrayList<>();
    private final List<String> notChecked = new ArrayList<>();

    FhirMedicationList(DrugCatalog catalog, FhirReferences references) {
        this.catalog = catalog;
        this.references = references;
    }

    /** A request counts while active; a draft order being signed counts too when {@code draft} says it is one. */
    void add(MedicationRequest request, boolean draft) {
        if (!draft && request.getStatus() != MedicationRequest.MedicationRequestStatus.ACTIVE) {
            return;
        }
        LocalDate start = request.hasAuthoredOn() ? FhirDates.day(request.getAuthoredOnElement()) : null;
        add(request.getMedication(), request.getDosageInstruction(), start, null, true);
    }

    /**
     * An active statement counts while its period lasts. A stopped or completed one with an end date is a stop, which
     * only the withdrawal rule and the time on a drug read, as they read the stopped entries of MedOpt's own record;
     * without an end date it says nothing the review could date.
     */
    void add(MedicationStatement statement) {
        MedicationStatement.MedicationStatementStatus status = statement.getStatus();
        boolean ended = status == MedicationStatement.MedicationStatementStatus.STOPPED
                || status == MedicationStatement.MedicationStatementStatus.COMPLETED;
        if (status != MedicationStatement.MedicationStatementStatus.ACTIVE && !ended) {
            return;
        }
        LocalDate start = null;
        LocalDate stop = null;
        if (statement.hasEffectivePeriod()) {
            Period period = statement.getEffectivePeriod();
            start = period.hasStart() ? FhirDates.day(period.getStartElement()) : null;
            LocalDate lastDay = period.hasEnd() ? FhirDates.day(period.getEndElement()) : null;
            // A FHIR Period's end includes its day; the review's stop date is the first day without the medicine.
            stop = lastDay == null ? null : lastDay.plusDays(1);
        } else if (statement.hasEffectiveDateTimeType()) {
            start = FhirDates.day(statement.getEffectiveDateTimeType());
        }
        if (ended && stop == null) {
            return;
        }
        add(statement.getMedication(), statement.getDosage(), start, stop, !ended);
    }

    List<ReviewedMedication> medications() {
        return List.copyOf(medications);
    }

    List<String> notChecked() {
        return notChecked.stream().distinct().toList();
    }

    /**
     * One reviewed medication per catalog ingredient. A single-ingredient medicine keeps its dose; the dose of a
     * combination product is not any one ingredient's dose, so its ingredients are reviewed without one. A medicine
     * no longer taken ({@code current} false) that the catalog does not know could feed no rule and is left out.
     */
    private void add(Type medication, List<Dosage> dosage, LocalDate start, LocalDate stop, boolean current) {
        Optional<Medication> resource = medication instanceof Reference reference
                ? references.resolve(reference, Medication.class) : Optional.empty();
        CodeableConcept concept = medication instanceof CodeableConcept coded ? coded
                : resource.map(Medication::getCode).orElse(new CodeableConcept());
        List<Drug> drugs = drugs(concept);
        if (drugs.isEmpty() && resource.isPresent()) {
            drugs = resource.get().getIngredient().stream()
                    .filter(ingredient -> ingredient.hasItemCodeableConcept())
                    .flatMap(ingredient -> drugs(ingredient.getItemCodeableConcept()).stream())
                    .distinct().toList();
        }
        if (drugs.isEmpty()) {
            if (current) {
                notChecked.add(name(concept, medication));
            }
            return;
        }
        DailyDose dailyDose = drugs.size() == 1 ? FhirDosage.daily(dosage).orElse(null) : null;
        for (Drug drug : drugs) {
            medications.add(new ReviewedMedication(drug.rxcui(), drug.name(), dailyDose, start, stop));
        }
    }

    private List<Drug> drugs(CodeableConcept concept) {
        return concept.getCoding().stream()
                .filter(coding -> RXNORM.equals(coding.getSystem()) && coding.hasCode())
                .flatMap(coding -> catalog.byRxcui(coding.getCode().strip()).stream())
                .distinct().toList();
    }

    /** What the sender called it: the text, a coding's display, the referenced display, or its code. */
    private static String name(CodeableConcept concept, Type medication) {
        if (concept.hasText()) {
            return concept.getText();
        }
        Optional<Coding> coding = concept.getCoding().stream().filter(Coding::hasDisplay).findFirst()
                .or(() -> concept.getCoding().stream().filter(Coding::hasCode).findFirst());
        if (coding.isPresent()) {
            return coding.get().hasDisplay() ? coding.get().getDisplay() : "RxNorm " + coding.get().getCode();
        }
        if (medication instanceof Reference reference && reference.hasDisplay()) {
            return reference.getDisplay();
        }
        return "a medicine with no name or code";
    }
}
