package org.medopt.app.record;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.medication.RecordSource;

/** Each medication entry as a MedicationStatement: what the person takes or took, as they or their team recorded it. */
final class FhirMedications {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private FhirMedications() {
    }

    /** @param current whether the record lists the entry as taken now, rather than before */
    static MedicationStatement of(MedicationEntry entry, boolean current) {
        Reference patient = FhirIds.patient(entry.personId());
        MedicationStatement statement = new MedicationStatement()
                .setStatus(current ? MedicationStatementStatus.ACTIVE : MedicationStatementStatus.COMPLETED)
                .setMedication(medication(entry))
                .setSubject(patient)
                .setEffective(period(entry.startDate(), entry.stopDate()))
                .setInformationSource(entry.source() == RecordSource.REPORTED_BY_PERSON ? patient
                        : new Reference().setDisplay(entry.prescriber() != null ? entry.prescriber() : entry.source().label()));
        statement.addDosage().setText(entry.doseText()).setRoute(new CodeableConcept().setText(entry.route().label()));
        if (entry.stopReason() != null) {
            statement.addStatusReason(new CodeableConcept().setText(entry.stopReason()));
        }
        if (entry.indication() != null) {
            statement.addReasonCode(new CodeableConcept().setText(entry.indication()));
        }
        // The person's own words are notes authored by the person, apart from what the team recorded.
        if (entry.personPurpose() != null) {
            statement.addNote(new Annotation().setAuthor(patient).setText("What it is for, in my words: " + entry.personPurpose()));
        }
        if (entry.personExperience() != null) {
            statement.addNote(new Annotation().setAuthor(patient).setText("How it is going, in my words: " + entry.personExperience()));
        }
        return statement;
    }

    /** RxNorm-coded when the drug is in the catalog; otherwise the name as recorded, as text only. */
    private static CodeableConcept medication(MedicationEntry entry) {
        CodeableConcept medication = new CodeableConcept().setText(entry.drugName());
        if (entry.inCatalog()) {
            medication.addCoding(new Coding(RXNORM, entry.rxcui(), entry.drugName()));
        }
        return medication;
    }

    /**
     * MedOpt's stop date is the first day without the medicine; a FHIR period's end day is the last day taken, so the
     * end is the day before the stop (never before the start, for an entry stopped on the day it began).
     */
    static Period period(LocalDate start, LocalDate stop) {
        Period period = new Period();
        if (start != null) {
            period.setStartElement(new DateTimeType(start.toString()));
        }
        if (stop != null) {
            LocalDate lastDay = stop.minusDays(1);
            LocalDate end = start != null && lastDay.isBefore(start) ? start : lastDay;
            period.setEndElement(new DateTimeType(end.toString()));
        }
        return period;
    }
}
