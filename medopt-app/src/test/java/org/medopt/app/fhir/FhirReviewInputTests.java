package org.medopt.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.person.Sex;
import org.medopt.review.Condition;
import org.medopt.review.DailyDose;
import org.medopt.review.Observation;
import org.medopt.review.ReviewedMedication;

@DisplayName("Reading FHIR R4 resources as the review's input")
class FhirReviewInputTests {

    private static final LocalDate REVIEW_DATE = LocalDate.of(2026, 11, 23);
    private final FhirReviewInput fhir = new FhirReviewInput(DrugCatalog.load());

    @Nested
    @DisplayName("the medication list")
    class Medications {

        @Test
        @DisplayName("takes active requests and statements by RxNorm ingredient, with the daily dose their structured dosage gives")
        void activeRequestsAndStatements() {
            ReviewInput input = read("sertraline-and-tramadol.json");
            assertThat(input.medications()).containsExactly(
                    new ReviewedMedication("36437", "sertraline", mg(50), LocalDate.of(2026, 1, 15), null),
                    new ReviewedMedication("10689", "tramadol", mg(200), LocalDate.of(2026, 9, 1), null));
            assertThat(input.notChecked()).isEmpty();
        }

        @Test
        @DisplayName("adds up a morning and a bedtime dose; leaves out a completed order; gives no dose for instructions only in text")
        void dosesAndStatuses() {
            ReviewInput input = read("lithium-older-adult.json");
            assertThat(input.medications()).extracting(ReviewedMedication::name, ReviewedMedication::dailyDose)
                    .containsExactly(tuple("lithium carbonate", mg(900)),
                            tuple("lisinopril", null));
        }

        @Test
        @DisplayName("names a code the catalog does not hold (such as a product-level RxCUI) and an uncoded medicine as not checked")
        void notChecked() {
            assertThat(read("lithium-older-adult.json").notChecked())
                    .containsExactly("Example product 10 mg tablet", "Valerian root tea");
        }

        @Test
        @DisplayName("resolves a referenced Medication through its ingredient's RxNorm code")
        void medicationIngredients() {
            assertThat(read("valproate-pregnancy.json").medications())
                    .containsExactly(new ReviewedMedication("11118", "valproic acid", mg(1000), LocalDate.of(2025, 11, 20), null));
        }

        @Test
        @DisplayName("reads a timing code such as BID as MedOpt reads a typed frequency: 100 mg BID is 200 mg a day")
        void timingCode() {
            MedicationRequest order = (MedicationRequest) fhir.parse("""
                    {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                     "medicationCodeableConcept": {"coding": [
                       {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "51272"}]},
                     "dosageInstruction": [{"timing": {"code": {"coding": [
                         {"system": "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation", "code": "BID"}]}},
                       "doseAndRate": [{"doseQuantity": {"value": 100, "system": "http://unitsofmeasure.org", "code": "mg"}}]}]}""",
                    "order");
            assertThat(fhir.read(List.<Resource>of(order), List.of(), REVIEW_DATE).medications())
                    .extracting(ReviewedMedication::dailyDose).containsExactly(mg(200));
        }

        @Test
        @DisplayName("counts a draft order being signed, whatever its status")
        void draftOrders() {
            MedicationRequest draft = (MedicationRequest) fhir.parse("""
                    {"resourceType": "MedicationRequest", "status": "draft", "intent": "order",
                     "medicationCodeableConcept": {"coding": [
                       {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "37418"}]}}""", "draftOrders");
            ReviewInput input = fhir.read(List.<Resource>of(), List.of(draft), REVIEW_DATE);
            assertThat(input.medications()).extracting(ReviewedMedication::rxcui).containsExactly("37418");
        }
    }

    @Nested
    @DisplayName("the person's context")
    class PersonContext {

        @Test
        @DisplayName("takes birth date and sex from the Patient")
        void patient() {
            org.medopt.review.PersonContext person = read("lithium-older-adult.json").person();
            assertThat(person.birthDate()).isEqualTo(LocalDate.of(1948, 2, 29));
            assertThat(person.sex()).isEqualTo(Sex.MALE);
            assertThat(person.age()).contains(78);
            assertThat(person.reviewDate()).isEqualTo(REVIEW_DATE);
        }

        @Test
        @DisplayName("takes active conditions only, and dated LOINC results with their value")
        void conditionsAndObservations() {
            org.medopt.review.PersonContext person = read("lithium-older-adult.json").person();
            assertThat(person.conditions()).containsExactly(
                    new Condition(Condition.ICD_10_CM, "F31.9", "Bipolar disorder, unspecified"));
            assertThat(person.observations()).containsExactly(new Observation("14334-7",
                    "Lithium [Moles/volume] in Serum or Plasma", new BigDecimal("0.8"), "mmol/L", LocalDate.of(2026, 3, 10)));
            assertThat(person.pregnant()).isFalse();
        }

        @Test
        @DisplayName("reads pregnancy from a LOINC 82810-3 pregnancy status of SNOMED CT 77386006 \"Pregnant\"")
        void pregnancyStatus() {
            assertThat(read("valproate-pregnancy.json").person().pregnant()).isTrue();
        }

        @Test
        @DisplayName("a later pregnancy status of \"Not pregnant\" (SNOMED CT 60001007) outweighs an earlier \"Pregnant\"")
        void laterStatusWins() {
            Bundle bundle = fhir.parseBundle(text("valproate-pregnancy.json"));
            bundle.addEntry().setResource((Resource) fhir.parse("""
                    {"resourceType": "Observation", "status": "final",
                     "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]},
                     "effectiveDateTime": "2026-11-20",
                     "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "60001007"}]}}""",
                    "observation"));
            assertThat(fhir.read(bundle, REVIEW_DATE).person().pregnant()).isFalse();
        }
    }

    @Test
    @DisplayName("refuses what is not JSON, not FHIR, or not a Bundle, as invalid input")
    void refusesWhatIsNotABundle() {
        assertThatThrownBy(() -> fhir.parseBundle("not json")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fhir.parseBundle("{\"resourceType\": \"Nonsense\"}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fhir.parseBundle("{\"resourceType\": \"Patient\"}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Bundle");
    }

    @Test
    @DisplayName("refuses a bundle with two different patients: a review is of one person")
    void onePerson() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient", "id": "a"}},
                  {"resource": {"resourceType": "Patient", "id": "b"}}]}""";
        assertThatThrownBy(() -> fhir.read(fhir.parseBundle(bundle), REVIEW_DATE)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("takes a statement's period end as the last day taken, as FHIR Period includes its end day")
    void periodEndIsTheLastDayTaken() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "MedicationStatement", "status": "active", "subject": {"reference": "Patient/a"},
                   "medicationCodeableConcept": {"coding": [
                     {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "10689"}]},
                   "effectivePeriod": {"start": "2026-09-01", "end": "2026-11-23"}}}]}""";
        assertThat(fhir.read(fhir.parseBundle(bundle), REVIEW_DATE).medications()).containsExactly(
                new ReviewedMedication("10689", "tramadol", null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 24)));
    }

    @Test
    @DisplayName("keeps a stopped statement with its end date, so an abrupt stop can be seen; an unknown stopped medicine is not listed as not checked")
    void stoppedStatements() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "MedicationStatement", "status": "stopped", "subject": {"reference": "Patient/a"},
                   "medicationCodeableConcept": {"coding": [
                     {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "6470"}]},
                   "effectivePeriod": {"start": "2025-01-10", "end": "2026-11-20"}}},
                  {"resource": {"resourceType": "MedicationStatement", "status": "completed", "subject": {"reference": "Patient/a"},
                   "medicationCodeableConcept": {"text": "Valerian root tea"},
                   "effectivePeriod": {"start": "2025-01-10", "end": "2026-11-20"}}},
                  {"resource": {"resourceType": "MedicationStatement", "status": "stopped", "subject": {"reference": "Patient/a"},
                   "medicationCodeableConcept": {"coding": [
                     {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "36437"}]}}}]}""";
        ReviewInput input = fhir.read(fhir.parseBundle(bundle), REVIEW_DATE);
        assertThat(input.medications()).containsExactly(
                new ReviewedMedication("6470", "lorazepam", null, LocalDate.of(2025, 1, 10), LocalDate.of(2026, 11, 21)));
        assertThat(input.notChecked()).isEmpty();
    }

    @Test
    @DisplayName("refuses a Patient born after the review date, naming the field, rather than failing the review")
    void birthDateAfterReviewDate() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient", "id": "a", "birthDate": "2027-01-05"}}]}""";
        assertThatThrownBy(() -> fhir.read(fhir.parseBundle(bundle), REVIEW_DATE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2027-01-05")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("Patient.birthDate");
    }

    private ReviewInput read(String name) {
        return fhir.read(fhir.parseBundle(text(name)), REVIEW_DATE);
    }

    static String text(String name) {
        try (InputStream in = FhirReviewInputTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DailyDose mg(int amount) {
        return new DailyDose(BigDecimal.valueOf(amount), StrengthUnit.MG);
    }
}
