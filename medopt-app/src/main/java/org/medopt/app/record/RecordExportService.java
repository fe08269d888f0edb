package org.medopt.app.record;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessLogService;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.access.SharingService;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.context.ClinicalContextService;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's right of access (45 CFR 164.524): their whole record to take away, as a FHIR R4 bundle for other
 * software and as a PDF to read. Each part is read through its own service, so the access policy decides what is
 * in it exactly as it does on the portal's pages, and the download itself is audited on top of those reads.
 */
@Service
public class RecordExportService {

    /** The accounting of disclosures goes out whole, not a page of it. */
    private static final int ALL_DISCLOSURES = Integer.MAX_VALUE;

    private final AccessPolicy access;
    private final AuditLog audit;
    private final PersonService persons;
    private final MedicationService medications;
    private final ClinicalContextService context;
    private final CareTeamService teams;
    private final SharingService sharing;
    private final AccessLogService accessLog;
    private final FhirRecord fhir;
    private final RecordPdf pdf;
    private final Clock clock;

    RecordExportService(AccessPolicy access, AuditLog audit, PersonService persons, MedicationService medications,
            ClinicalContextService context, CareTeamService teams, SharingService sharing, AccessLogService accessLog, FhirRecord fhir, RecordPdf pdf,
            Clock clock) {
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.medications = medications;
        this.context = context;
        this.teams = teams;
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.fhir = fhir;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The record as a FHIR R4 Bundle of type collection, in JSON. */
    @Transactional
    public String fhirJson(long personId) {
        return fhir.json(gather(personId, "json"));
    }

    /** The record as a PDF a person can read and print. */
    @Transactional
    public byte[] pdf(long personId) {
        return pdf.render(gather(personId, "pdf"));
    }

    private PersonalRecord gather(long personId, String format) {
        // Reviewing who opened the record is the person's own right, so this refuses everyone else, staff included.
        Access granted = access.require(personId, RecordAction.REVIEW_ACCESS);
        audit.record(AuditAction.READ, personId, "record-export/" + format, granted.purpose());
        return new PersonalRecord(persons.get(personId), medications.record(personId), context.record(personId),
                teams.teamOf(personId),
                sharing.history(personId), accessLog.byOthers(personId, ALL_DISCLOSURES, 0),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
