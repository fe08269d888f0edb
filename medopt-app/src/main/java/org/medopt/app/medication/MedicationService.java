package org.medopt.app.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RedisclosureNotice;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.Actor;
import org.medopt.app.account.Role;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal medication record. Entries are added and changed, never deleted; every change keeps the entry's
 * new state as a revision with who made it, when and why, and every read and write is audited.
 */
@Service
public class MedicationService {

    private final MedicationRepository entries;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final DrugCatalog catalog;
    private final RedisclosureNotice notice;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MedicationService(MedicationRepository entries, AccessPolicy access, AuditLog audit, SubmissionGuard submissions,
            DrugCatalog catalog, RedisclosureNotice notice, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.catalog = catalog;
        this.notice = notice;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public MedicationRecord record(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "medication-record", granted.purpose());
        return readable(personId, granted);
    }

    /**
     * The record as {@code clinician} may read it, for the CDS client {@code client} acting on their behalf: the access
     * policy decides for the clinician as for {@link #record}, and the read is audited as theirs through the client.
     */
    @Transactional
    public MedicationRecord recordViaClient(Actor clinician, String client, long personId) {
        Access granted = access.requireViaClient(clinician, client, personId, RecordAction.READ);
        audit.recordViaClient(clinician, client, AuditAction.READ, personId, "medication-record", granted.purpose());
        return readable(personId, granted);
    }

    /**
     * The dated changes of the entries the reader may see (started, dose changed, stopped), oldest first, to set beside
     * the person's measures; entries the reader may not see are left out as from {@link #record}.
     */
    @Transactional
    public MedicationChanges changes(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "medication-changes", granted.purpose());
        MedicationRecord readable = readable(personId, granted);
        List<MedicationEntry> seen = Stream.concat(readable.current().stream(), readable.past().stream())
                .toList();
        return new MedicationChanges(MedicationChanges.of(seen, entries.revisionsByEntry(personId), clock.getZone()),
                readable.withheld(), readable.redisclosureNotice());
    }

    private MedicationRecord readable(long personId, Access granted) {
        List<MedicationEntry> all = entries.findByPerson(personId);
        List<MedicationEntry> readable = all.stream().filter(entry -> !entry.sensitive()
                || access.mayRead(granted.actor(), personId, entry.sensitivity(), entry.createdBy())).toList();
        boolean disclosesPart2 = granted.purpose() != Purpose.INDIVIDUAL_ACCESS
                && readable.stream().anyMatch(entry -> entry.sensitivity() == SensitiveCategory.SUD_PART2);
        return MedicationRecord.of(readable, LocalDate.now(clock), readable.size() < all.size(),
                disclosesPart2 ? notice.text() : null);
    }

    /**
     * Marks an entry as belonging to a sensitive category, or as not sensitive ({@code null}), so that the
     * access policy and the person's sharing choices decide who reads it.
     */
    @Transactional
    public void classify(long personId, long entryId, SensitiveCategory category) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        find(personId, entryId);
        entries.classify(entryId, category);
        audit.record(AuditAction.UPDATE, personId, "medication-entry/" + entryId + "/sensitivity", granted.purpose());
        events.publishEvent(new MedicationRecordChanged(personId));
    }

    /**
     * The entries of no sensitive category, which everyone who may read the person's record may read, for a summary
     * kept for the whole care team (the open findings a caseload shows). It is not audited as a read: it serves a
     * change the caller has just made and audited, and shows nothing by itself.
     */
    @Transactional
    public List<MedicationEntry> openToTheWholeTeam(long personId) {
        access.require(personId, RecordAction.READ);
        return entries.findByPerson(personId).stream().filter(entry -> !entry.sensitive()).toList();
    }

    /** The 42 CFR 2.32 notice when the entry is a Part 2 record disclosed to someone but the person; else empty. */
    public Optional<String> redisclosureNotice(MedicationEntry entry) {
        return entry.sensitivity() == SensitiveCategory.SUD_PART2 && !access.permits(entry.personId(), RecordAction.CHOOSE_SHARING)
                ? Optional.of(notice.text()) : Optional.empty();
    }

    @Transactional
    public MedicationEntry get(long personId, long entryId) {
        Access granted = access.require(personId, RecordAction.READ);
        MedicationEntry entry = find(personId, entryId);
        audit.record(AuditAction.READ, personId, "medication-entry/" + entryId, granted.purpose());
        return entry;
    }

    /**
     * The drug name of an entry in the person's record that the signed-in actor may read, or empty. It opens no
     * more than the name, for a caller whose own audited read names the entry, such as a correction request.
     */
    public Optional<String> nameIfReadable(long personId, long entryId) {
        return entries.find(personId, entryId).filter(entry -> mayRead(personId, entry)).map(MedicationEntry::drugName);
    }

    /** The entry's revisions, newest first. */
    @Transactional
    public List<MedicationRevision> history(long personId, long entryId) {
        Access granted = access.require(personId, RecordAction.READ);
        find(personId, entryId);
        audit.record(AuditAction.READ, personId, "medication-entry/" + entryId + "/history", granted.purpose());
        return entries.revisions(personId, entryId);
    }

    /**
     * Adds an entry. A person adds only what they take without a prescription, recorded as reported by them;
     * staff add any kind their role allows.
     */
    @Transactional
    public long add(long personId, MedicationDetails details) {
        Actor actor = access.require(personId, RecordAction.READ).actor();
        ResolvedEntry entry = ResolvedEntry.of(details, catalog);
        if (actor.role() == Role.PERSON) {
            if (!entry.kind().selfReportable()) {
                throw new InvalidInputException("kind", "prescriptions are recorded by the care team; "
                        + "you can add over-the-counter, herbal and supplement entries");
            }
            entry = entry.withSource(RecordSource.REPORTED_BY_PERSON);
        }
        Access granted = access.require(personId, actionFor(entry.kind()));
        submissions.accept(details.submissionToken(), "medication-entry");
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = entries.insert(personId, entry, actor.username(), now);
        entries.keepRevision(id, "Added", actor.username(), now);
        audit.record(AuditAction.CREATE, personId, "medication-entry/" + id, granted.purpose());
        events.publishEvent(new MedicationRecordChanged(personId));
        return id;
    }

    /**
     * Changes an entry, refusing the change if someone else saved the entry first. The person's own words are
     * theirs to change, so a staff change keeps them as they were.
     */
    @Transactional
    public void change(long personId, long entryId, MedicationDetails details) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        MedicationEntry before = find(personId, entryId);
        ResolvedEntry after = ResolvedEntry.of(details, catalog)
                .withOwnWords(new OwnWords(before.personPurpose(), before.personExperience(), null));
        String reason = details.changeReason();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("changeReason", "say why you are changing this entry");
        }
        saved(personId, entryId, entries.update(entryId, after, requireVersion(details.version()),
                granted.actor().username(),
                OffsetDateTime.now(clock)), reason.strip(), granted);
    }

    /** The person writes, in their own words, what an entry is for and how it is going; nothing else changes. */
    @Transactional
    public void changeOwnWords(long personId, long entryId, OwnWords words) {
        Access granted = access.require(personId, RecordAction.WRITE_OWN_WORDS);
        find(personId, entryId);
        saved(personId, entryId, entries.updateOwnWords(entryId, words, requireVersion(words.version()),
                granted.actor().username(), OffsetDateTime.now(clock)), "The person updated their own words", granted);
    }

    private void saved(long personId, long entryId, int rowsChanged, String reason, Access granted) {
        if (rowsChanged == 0) {
            throw new ConcurrentChangeException("medication entry");
        }
        entries.keepRevision(entryId, reason, granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.UPDATE, personId, "medication-entry/" + entryId, granted.purpose());
        events.publishEvent(new MedicationRecordChanged(personId));
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "say which version of the entry you are changing");
        }
        return version;
    }

    /** The entry, if it is in the person's record and the reader may read it; a sensitive entry is not there for others. */
    private MedicationEntry find(long personId, long entryId) {
        MedicationEntry entry = entries.find(personId, entryId)
                .orElseThrow(() -> new RecordNotFoundException("medication entry", entryId));
        if (!mayRead(personId, entry)) {
            audit.recordRefusal(AuditAction.READ, personId, "medication-entry/" + entryId);
            throw new RecordNotFoundException("medication entry", entryId);
        }
        return entry;
    }

    private boolean mayRead(long personId, MedicationEntry entry) {
        return !entry.sensitive() || access.mayRead(personId, entry.sensitivity(), entry.createdBy());
    }

    private static RecordAction actionFor(MedicationKind kind) {
        return kind.selfReportable() ? RecordAction.ADD_SELF_REPORTED : RecordAction.WRITE_MEDICATIONS;
    }
}
