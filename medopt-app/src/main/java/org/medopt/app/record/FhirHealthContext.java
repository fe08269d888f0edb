package org.medopt.app.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.medopt.app.context.ClinicalStatus;
import org.medopt.app.context.ConditionStatus;
import org.medopt.app.context.HealthCondition;
import org.medopt.app.context.HealthObservation;
import org.medopt.app.context.Pregnancy;

/**
 * The health context as FHIR R4 resources: each condition a Condition, each lab result or vital sign an Observation,
 * and the recorded pregnancy status an Observation coded as FHIR's pregnancy status profile codes it. Entries entered
 * in error go out marked so, as FHIR asks, rather than left out.
 */
final class FhirHealthContext {

    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    private static final String LOINC = "http://loinc.org";
    private static final String SNOMED = "http://snomed.info/sct";

    private FhirHealthContext() {
    }

    static org.hl7.fhir.r4.model.Condition condition(HealthCondition c) {
        org.hl7.fhir.r4.model.Condition condition = new org.hl7.fhir.r4.model.Condition()
                .setSubject(FhirIds.patient(c.personId()))
                .setCode(new CodeableConcept(new Coding(c.system().uri(), c.code(), c.display())).setText(c.display()))
                .setRecordedDate(date(c.recordedAt()))
                .setRecorder(new Reference().setDisplay(c.recordedBy()));
        condition.addCategory(new CodeableConcept(new Coding(CATEGORY, "problem-list-item", "Problem List Item")));
        // FHIR: a condition entered in error carries no clinical status, only that verification status.
        if (c.status() == ConditionStatus.ENTERED_IN_ERROR) {
            condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION, "entered-in-error", "Entered in Error")));
        } else {
            condition.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL, c.status().code(), c.status().label())));
            condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION, "confirmed", "Confirmed")));
        }
        if (c.onsetDate() != null) {
            condition.setOnset(dateOnly(c.onsetDate()));
        }
        if (c.abatementDate() != null) {
            condition.setAbatement(dateOnly(c.abatementDate()));
        }
        if (c.closeReason() != null) {
            condition.addNote(new Annotation().setAuthor(new Reference().setDisplay(c.closedBy()))
                    .setTime(date(c.closedAt())).setText(c.closeReason()));
        }
        return condition;
    }

    static org.hl7.fhir.r4.model.Observation observation(HealthObservation o) {
        org.hl7.fhir.r4.model.Observation observation = new org.hl7.fhir.r4.model.Observation()
                .setStatus(o.standing() ? ObservationStatus.FINAL : ObservationStatus.ENTEREDINERROR)
                .setCode(new CodeableConcept(new Coding(LOINC, o.code(), o.display())).setText(o.display()))
                .setSubject(FhirIds.patient(o.personId()))
                .setEffective(dateOnly(o.effectiveDate()))
                .setIssued(date(o.recordedAt()));
        observation.addPerformer(new Reference().setDisplay(o.recordedBy()));
        if (o.value() != null) {
            observation.setValue(quantity(o.value(), o.unit()));
        }
        if (o.closeReason() != null) {
            observation.addNote(new Annotation().setAuthor(new Reference().setDisplay(o.closedBy()))
                    .setTime(date(o.closedAt())).setText(o.closeReason()));
        }
        return observation;
    }

    /** LOINC 82810-3 Pregnancy status, answered with the SNOMED CT finding. */
    static org.hl7.fhir.r4.model.Observation pregnancy(long personId, ClinicalStatus status) {
        Coding answer = switch (status.pregnancy()) {
            case PREGNANT -> new Coding(SNOMED, "77386006", "Pregnant");
            case NOT_PREGNANT -> new Coding(SNOMED, "60001007", "Not pregnant");
            case UNKNOWN -> new Coding(SNOMED, "261665006", "Unknown");
        };
        return new org.hl7.fhir.r4.model.Observation()
                .setStatus(ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding(LOINC, "82810-3", "Pregnancy status")).setText("Pregnancy status"))
                .setSubject(FhirIds.patient(personId))
                .setEffective(new DateTimeType(date(status.recordedAt())))
                .setIssued(date(status.recordedAt()))
                .setValue(new CodeableConcept(answer).setText(status.pregnancy() == Pregnancy.UNKNOWN ? "Not known"
                        : status.pregnancy().label()));
    }

    private static Quantity quantity(BigDecimal value, String unit) {
        Quantity quantity = new Quantity().setValue(value);
        return unit == null ? quantity : quantity.setUnit(unit);
    }

    private static DateTimeType dateOnly(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
