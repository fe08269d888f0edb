package org.medopt.app.record;

import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventSourceComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditEvent;
import org.medopt.app.audit.Purpose;
import org.medopt.shared.Coded;

/**
 * The accounting of disclosures as FHIR AuditEvent resources. R4 made AuditEvent for exactly this: a record of
 * who accessed which patient's data, when and why, kept for security and for the patient's accounting of
 * disclosures; Provenance would instead tell where a resource's content came from, which a read does not change.
 */
final class FhirDisclosures {

    private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private FhirDisclosures() {
    }

    static org.hl7.fhir.r4.model.AuditEvent of(AuditEvent event) {
        org.hl7.fhir.r4.model.AuditEvent audit = new org.hl7.fhir.r4.model.AuditEvent()
                .setType(new Coding(DICOM, "110110", "Patient Record"))
                .setAction(action(event.action()))
                .setRecorded(Date.from(event.occurredAt().toInstant()))
                // accessByOthers lists only events that succeeded; a refusal disclosed nothing.
                .setOutcome(AuditEventOutcome._0)
                .setSource(new AuditEventSourceComponent().setObserver(new Reference().setDisplay("MedOpt")));
        audit.addAgent(new AuditEventAgentComponent()
                .setWho(new Reference().setDisplay(event.username()))
                .addRole(new CodeableConcept().setText(event.role()))
                .setRequestor(true));
        audit.addEntity().setWhat(FhirIds.patient(event.personId())).setName(event.resource());
        Coded.find(Purpose.class, event.purpose()).map(FhirDisclosures::purposeOfUse)
                .ifPresent(code -> audit.addPurposeOfEvent(new CodeableConcept(new Coding(ACT_REASON, code, null))
                        .setText(event.purposeLabel())));
        return audit;
    }

    private static AuditEventAction action(String code) {
        return switch (Coded.of(AuditAction.class, code)) {
            case READ -> AuditEventAction.R;
            case CREATE -> AuditEventAction.C;
            case UPDATE -> AuditEventAction.U;
            case SIGN_IN -> AuditEventAction.E;
        };
    }

    /** The HL7 v3 PurposeOfUse code each purpose stands for; signing in opens no record, so has none. */
    private static String purposeOfUse(Purpose purpose) {
        return switch (purpose) {
            case TREATMENT -> "TREAT";
            case EMERGENCY_TREATMENT -> "ETREAT";
            case INDIVIDUAL_ACCESS -> "PATRQT";
            case OPERATIONS -> "HOPERAT";
            case SIGN_IN -> null;
        };
    }
}
