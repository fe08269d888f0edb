package org.medopt.app.record;

import ca.uhn.fhir.context.FhirContext;
import java.time.OffsetDateTime;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medopt.app.access.SharingChoice;
import org.medopt.app.context.ClinicalStatus;
import org.medopt.app.person.Person;
import org.medopt.app.team.CareTeamMember;
import org.springframework.stereotype.Component;

/**
 * The person's record as a FHIR R4 Bundle of type collection: a set of resources to keep, not a transaction for a
 * server. It holds the Patient, a MedicationStatement per entry, a Condition per condition, an Observation per
 * lab result or vital sign and one for the pregnancy status, the CareTeam, a Consent per sharing choice and
 * an AuditEvent per access by someone else.
 */
@Component
class FhirRecord {

    /** R4 has no pronouns element; this extension from HL7's extension pack carries them as a coded value or text. */
    private static final String PRONOUNS = "http://hl7.org/fhir/StructureDefinition/individual-pronouns";
    private static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    private final FhirContext fhir = FhirContext.forR4Cached();

    String json(PersonalRecord record) {
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(record));
    }

    Bundle bundle(PersonalRecord record) {
        long personId = record.person().id();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(date(record.generatedAt()));
        add(bundle, FhirIds.fullUrl("person", personId), patient(record.person(), record.health().status()));
        // Active or completed as the record splits them, so the bundle and the PDF agree on what is taken now.
        record.medications().current().forEach(entry -> add(bundle, FhirIds.fullUrl("medication-entry", entry.id()),
                FhirMedications.of(entry, true)));
        record.medications().past().forEach(entry -> add(bundle, FhirIds.fullUrl("medication-entry", entry.id()),
                FhirMedications.of(entry, false)));
        if (record.health().status().recorded()) {
            add(bundle, FhirIds.fullUrl("clinical-status", personId), FhirHealthContext.pregnancy(personId, record.health().status()));
        }
        record.health().conditions().forEach(condition -> add(bundle, FhirIds.fullUrl("health-condition", condition.id()),
                FhirHealthContext.condition(condition)));
        record.health().observations().forEach(observation -> add(bundle,
                FhirIds.fullUrl("health-observation", observation.id()), FhirHealthContext.observation(observation)));
        add(bundle, FhirIds.fullUrl("care-team", personId), careTeam(personId, record));
        record.sharing().forEach(choice -> add(bundle, FhirIds.fullUrl("sharing", choice.id()), consent(choice)));
        record.disclosures().forEach(event -> add(bundle, FhirIds.fullUrl("audit-event", event.sequence()),
                FhirDisclosures.of(event)));
        return bundle;
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private static Patient patient(Person person, ClinicalStatus status) {
        Patient patient = new Patient();
        if (status.recorded()) {
            patient.setGender(AdministrativeGender.fromCode(status.sex().code()));
        }
        patient.addName().setUse(NameUse.OFFICIAL).setFamily(person.legalFamilyName()).addGiven(person.legalGivenName());
        if (present(person.preferredName())) {
            patient.addName().setUse(NameUse.USUAL).setFamily(person.legalFamilyName()).addGiven(person.preferredName());
        }
        patient.setBirthDateElement(new DateType(person.birthDate().toString()));
        if (present(person.pronouns())) {
            patient.addExtension().setUrl(PRONOUNS).addExtension("value", new CodeableConcept().setText(person.pronouns()));
        }
        if (present(person.preferredLanguage())) {
            patient.addCommunication().setLanguage(new CodeableConcept().setText(person.preferredLanguage())).setPreferred(true);
        }
        if (present(person.phone())) {
            patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(person.phone());
        }
        if (present(person.email())) {
            patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(person.email());
        }
        if (present(person.address())) {
            patient.addAddress().setText(person.address());
        }
        return patient;
    }

    private static CareTeam careTeam(long personId, PersonalRecord record) {
        CareTeam team = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(FhirIds.patient(personId));
        for (CareTeamMember member : record.team()) {
            team.addParticipant()
                    .addRole(new CodeableConcept().setText(member.teamRole().label()))
                    .setMember(new Reference().setDisplay(member.memberName()))
                    .setPeriod(new Period().setStart(date(member.joinedAt())));
        }
        return team;
    }

    /**
     * A sharing choice is the person opting in to let their care team read one sensitive category, from when they
     * signed until they withdrew; a withdrawn choice is kept, inactive, as the record of what was allowed when.
     */
    private static Consent consent(SharingChoice choice) {
        Period inForce = new Period().setStart(date(choice.consentedAt()));
        if (!choice.inForce()) {
            inForce.setEnd(date(choice.withdrawnAt()));
        }
        Consent consent = new Consent()
                .setStatus(choice.inForce() ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE)
                .setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")))
                .setPatient(FhirIds.patient(choice.personId()))
                .setDateTime(date(choice.consentedAt()))
                .setPolicyRule(new CodeableConcept(new Coding(ACT_CODE, "OPTIN", "opt-in")));
        consent.addCategory(new CodeableConcept().setText("Sharing sensitive records with the care team"));
        consent.addPerformer(FhirIds.patient(choice.personId()));
        consent.addVerification().setVerified(true).setVerifiedWith(FhirIds.patient(choice.personId()))
                .setVerificationDate(date(choice.consentedAt()));
        Consent.ProvisionComponent provision = new Consent.ProvisionComponent()
                .setType(Consent.ConsentProvisionType.PERMIT).setPeriod(inForce);
        provision.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION, "IRCP", "information recipient")))
                .setReference(FhirIds.careTeam(choice.personId()));
        provision.addCode(new CodeableConcept().setText(choice.categoryLabel()));
        return consent.setProvision(provision);
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
