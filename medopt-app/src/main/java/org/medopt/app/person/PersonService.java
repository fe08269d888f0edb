package org.medopt.app.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons served: registration, details, and each staff member's caseload. Every read and write is audited. */
@Service
public class PersonService {

    private final PersonRepository persons;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final CareTeamService teams;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final Clock clock;

    PersonService(PersonRepository persons, AccessPolicy access, AccountService accounts, CareTeamService teams,
            AuditLog audit, SubmissionGuard submissions, Clock clock) {
        this.persons = persons;
        this.access = access;
        this.accounts = accounts;
        this.teams = teams;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** Registers a person; the staff member who registers someone joins that person's care team in their own role. */
    @Transactional
    public long register(PersonDetails details) {
        access.requireMayRegisterPersons();
        Actor actor = accounts.currentActor();
        submissions.accept(details.submissionToken(), "person");
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = persons.insert(details, actor.username(), now);
        persons.keepRevision(id, "Registered", actor.username(), now);
        teams.join(id, actor.accountId(), actor.username());
        audit.record(AuditAction.CREATE, id, "person", Purpose.TREATMENT);
        return id;
    }

    /** Changes a person's details, refusing the change if someone else saved first. */
    @Transactional
    public void update(long id, PersonDetails details) {
        Access granted = access.require(id, RecordAction.EDIT_DEMOGRAPHICS);
        Actor actor = granted.actor();
        if (details.version() == null) {
            throw new InvalidInputException("version", "say which version of the record you are changing");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (persons.update(id, details, details.version(), actor.username(), now) == 0) {
            persons.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
            throw new ConcurrentChangeException("person's record");
        }
        String reason = details.changeReason() == null || details.changeReason().isBlank()
                ? "Details changed" : details.changeReason().strip();
        persons.keepRevision(id, reason, actor.username(), now);
        audit.record(AuditAction.UPDATE, id, "person", granted.purpose());
    }

    /** Every state the person's details have had, newest first. */
    @Transactional
    public List<PersonRevision> history(long id) {
        Access granted = access.require(id, RecordAction.READ);
        find(id);
        audit.record(AuditAction.READ, id, "person/history", granted.purpose());
        return persons.revisions(id);
    }

    @Transactional
    public Person get(long id) {
        Access granted = access.require(id, RecordAction.READ);
        Person person = find(id);
        audit.record(AuditAction.READ, id, "person", granted.purpose());
        return person;
    }

    /**
     * The person's date of birth, for what is worked out from the record inside a read or change the caller audits
     * itself (the medication review kept for the care team); refused to anyone who may not read the record.
     */
    @Transactional
    public LocalDate birthDate(long id) {
        access.require(id, RecordAction.READ);
        return find(id).birthDate();
    }

    /**
     * Whether a person of that id is registered, and nothing else about them: for a CDS client allowed record access,
     * which names the person by MedOpt id, to tell an unknown id from a refusal. No record is read, so nothing is audited.
     */
    public boolean exists(long id) {
        return persons.findById(id).isPresent();
    }

    /** As {@link #birthDate}, for a clinician on whose behalf the CDS client {@code client} asks. */
    @Transactional
    public LocalDate birthDateViaClient(Actor clinician, String client, long id) {
        access.requireViaClient(clinician, client, id, RecordAction.READ);
        return find(id).birthDate();
    }

    /** The persons on the signed-in staff member's care teams that match the query. */
    @Transactional
    public List<Person> caseload(PersonQuery query) {
        Actor actor = requireClinicalStaff();
        return audited(persons.search(teams.personsOnTeamsOf(actor.accountId()), query), "caseload", Purpose.TREATMENT);
    }

    /**
     * Persons whose family name and birth date both match exactly, for clinical staff about to open emergency
     * access to someone not on their caseload. Audited as emergency access to each person found.
     */
    @Transactional
    public List<Person> emergencySearch(String familyName, LocalDate birthDate) {
        requireClinicalStaff();
        if (familyName == null || familyName.isBlank() || birthDate == null) {
            throw new InvalidInputException("familyName", "give both the family name and the date of birth");
        }
        return audited(persons.findByFamilyNameAndBirthDate(familyName.strip(), birthDate), "emergency-search",
                Purpose.EMERGENCY_TREATMENT);
    }

    /** Everyone registered who matches the query, for an administrator assigning care teams. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Person> directory(PersonQuery query) {
        return audited(persons.search(query), "directory", Purpose.OPERATIONS);
    }

    /** One registered person, for an administrator assigning their care team. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Person directoryEntry(long id) {
        return audited(List.of(find(id)), "directory", Purpose.OPERATIONS).get(0);
    }

    /** Opens the person's portal account; audited against their record, because it opens the record. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void openPortalAccount(long id, PortalAccount account) {
        long accountId = accounts.openForPerson(id, account, find(id).legalName());
        audit.record(AuditAction.CREATE, id, "portal-account/" + accountId, Purpose.OPERATIONS);
    }

    public boolean anyRegistered() {
        return persons.count() > 0;
    }

    private Actor requireClinicalStaff() {
        Actor actor = accounts.currentActor();
        if (!actor.role().clinicalStaff()) {
            throw new AccessDeniedException("only care-team staff search for persons");
        }
        return actor;
    }

    private Person find(long id) {
        return persons.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    private List<Person> audited(List<Person> found, String resource, Purpose purpose) {
        audit.recordAll(AuditAction.READ, found.stream().map(Person::id).toList(), resource, purpose);
        return found;
    }
}
