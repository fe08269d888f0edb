package org.medopt.app.record;

import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.SharingChoice;
import org.medopt.app.audit.AuditEvent;
import org.medopt.app.context.HealthContext;
import org.medopt.app.medication.MedicationRecord;
import org.medopt.app.person.Person;
import org.medopt.app.team.CareTeamMember;

/**
 * Everything MedOpt holds about a person, as the person may read it, gathered once for one download.
 *
 * @param health sex, pregnancy, conditions, lab results and vital signs, closed entries included
 * @param disclosures everyone else who opened the record, newest first
 * @param generatedAt when the download was made, in UTC
 */
record PersonalRecord(Person person, MedicationRecord medications, HealthContext health, List<CareTeamMember> team,
        List<SharingChoice> sharing, List<AuditEvent> disclosures, OffsetDateTime generatedAt) {
}
