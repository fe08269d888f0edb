package org.medopt.app.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.medopt.app.web.InvalidInputException;
import org.medopt.person.Sex;
import org.medopt.review.Condition;
import org.medopt.review.Observation;
import org.medopt.review.PersonContext;

/**
 * The person's context from Patient, Condition and Observation resources. Pregnancy is read from the latest
 * LOINC 82810-3 "Pregnancy status" observation (US Core Observation Pregnancy Status profile; value SNOMED CT
 * 77386006 "Pregnant" or LOINC answer LA15173-0 "Pregnant", as the IPS pregnancy status value set maps them) or,
 * without one, from an active Condition coded SNOMED CT 77386006.
 */
final class FhirPersonContext {

    static final String PREGNANCY_STATUS = "82810-3";
    private static final String SNOMED_PREGNANT = "77386006";
    private static final String LOINC_PREGNANT = "LA15173-0";
    private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final Set<String> ACTIVE_CLINICAL_STATUSES = Set.of("active", "recurrence", "relapse");
    private static final Set<String> ENDED_VERIFICATION = Set.of("refuted", "entered-in-error");
    private static final Set<org.hl7.fhir.r4.model.Observation.ObservationStatus> RESULT_STATUSES = Set.of(
            org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL,
            org.hl7.fhir.r4.model.Observation.ObservationStatus.AMENDED,
            org.hl7.fhir.r4.model.Observation.ObservationStatus.CORRECTED);

    private Patient patient;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<PregnancyStatus> pregnancyStatuses = new ArrayList<>();
    private boolean pregnancyCondition;

    void add(Patient resource) {
        if (patient != null && !samePatient(patient, resource)) {
            throw new InvalidInputException("Patient", "The bundle holds more than one Patient; a review is of one person");
        }
        patient = resource;
    }

    /** Counts while its clinical status is active, recurrence or relapse, unless refuted or entered in error. */
    void add(org.hl7.fhir.r4.model.Condition condition) {
        boolean active = codes(condition.getClinicalStatus(), CONDITION_CLINICAL).anyMatch(ACTIVE_CLINICAL_STATUSES::contains);
        boolean ended = condition.getVerificationStatus().getCoding().stream().map(Coding::getCode)
                .anyMatch(ENDED_VERIFICATION::contains);
        if (!active || ended) {
            return;
        }
        for (Coding coding : condition.getCode().getCoding()) {
            if (coding.hasCode() && (Condition.ICD_10_CM.equals(coding.getSystem()) || Condition.SNOMED_CT.equals(coding.getSystem()))) {
                conditions.add(new Condition(coding.getSystem(), coding.getCode().strip(), display(coding, condition.getCode())));
                pregnancyCondition |= Condition.SNOMED_CT.equals(coding.getSystem()) && SNOMED_PREGNANT.equals(coding.getCode().strip());
            }
        }
    }

    /** A final (or amended, corrected) LOINC-coded result with the day it applies to; others say nothing dated. */
    void add(org.hl7.fhir.r4.model.Observation observation) {
        LocalDate date = date(observation);
        if (!RESULT_STATUSES.contains(observation.getStatus()) || date == null) {
            return;
        }
        for (Coding coding : observation.getCode().getCoding()) {
            if (!Observation.LOINC.equals(coding.getSystem()) || !coding.hasCode()) {
                continue;
            }
            String code = coding.getCode().strip();
            if (code.equals(PREGNANCY_STATUS)) {
                pregnancyStatuses.add(new PregnancyStatus(date, pregnant(observation)));
            }
            if (observation.hasValueQuantity() && observation.getValueQuantity().hasValue()) {
                observations.add(new Observation(code, display(coding, observation.getCode()),
                        observation.getValueQuantity().getValue(), unit(observation), date));
            } else {
                observations.add(new Observation(code, display(coding, observation.getCode()), null, null, date));
            }
        }
    }

    /** The context as of {@code reviewDate}; a birth date after it is refused, as no age can be worked out from it. */
    PersonContext context(LocalDate reviewDate) {
        LocalDate birthDate = patient == null ? null : FhirDates.day(patient.getBirthDateElement());
        if (birthDate != null && birthDate.isAfter(reviewDate)) {
            throw new InvalidInputException("Patient.birthDate",
                    "The Patient's birth date " + birthDate + " is after the review date " + reviewDate);
        }
        return new PersonContext(reviewDate, birthDate, sex(), pregnant(), conditions, observations);
    }

    /** The latest pregnancy status says; without one, an active pregnancy condition does. */
    private boolean pregnant() {
        Optional<PregnancyStatus> latest = pregnancyStatuses.stream().max(Comparator.comparing(PregnancyStatus::date));
        return latest.map(PregnancyStatus::pregnant).orElse(pregnancyCondition);
    }

    private Sex sex() {
        if (patient == null || !patient.hasGender() || patient.getGender() == AdministrativeGender.NULL) {
            return Sex.UNKNOWN;
        }
        return switch (patient.getGender()) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private static boolean pregnant(org.hl7.fhir.r4.model.Observation status) {
        return status.hasValueCodeableConcept() && status.getValueCodeableConcept().getCoding().stream()
                .anyMatch(value -> Condition.SNOMED_CT.equals(value.getSystem()) && SNOMED_PREGNANT.equals(value.getCode())
                        || Observation.LOINC.equals(value.getSystem()) && LOINC_PREGNANT.equals(value.getCode()));
    }

    private static LocalDate date(org.hl7.fhir.r4.model.Observation observation) {
        if (observation.hasEffectiveDateTimeType()) {
            return FhirDates.day(observation.getEffectiveDateTimeType());
        }
        if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
            return FhirDates.day(observation.getEffectivePeriod().getStartElement());
        }
        if (observation.hasEffectiveInstantType()) {
            return FhirDates.day(observation.getEffectiveInstantType());
        }
        return observation.hasIssued() ? FhirDates.day(observation.getIssuedElement()) : null;
    }

    private static String unit(org.hl7.fhir.r4.model.Observation observation) {
        return observation.getValueQuantity().hasCode() ? observation.getValueQuantity().getCode()
                : observation.getValueQuantity().getUnit();
    }

    private static String display(Coding coding, CodeableConcept concept) {
        return coding.hasDisplay() ? coding.getDisplay() : concept.hasText() ? concept.getText() : coding.getCode();
    }

    private static java.util.stream.Stream<String> codes(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(coding -> system.equals(coding.getSystem())).map(Coding::getCode);
    }

    private static boolean samePatient(Patient one, Patient other) {
        return one.getIdElement().hasIdPart() && one.getIdElement().getIdPart().equals(other.getIdElement().getIdPart());
    }

    private record PregnancyStatus(LocalDate date, boolean pregnant) {
    }
}
