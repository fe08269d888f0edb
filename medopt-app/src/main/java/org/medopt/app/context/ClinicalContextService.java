package org.medopt.app.context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.Actor;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.person.Sex;
import org.medopt.review.PersonContext;
import org.medopt.shared.Coded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's health context: sex and pregnancy status, coded conditions, and dated lab results and vital signs, for
 * the medication review and for the people who read the record. Nothing is deleted: a status change is a new
 * revision, and a condition or result that no longer holds is closed with who, when and why. Every read and write
 * asks the access policy and is audited.
 */
@Service
public class ClinicalContextService {

    private final ClinicalStatusRepository statuses;
    private final ConditionRepository conditions;
    private final ObservationRepository observations;
    private final PersonService persons;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClinicalContextService(ClinicalStatusRepository statuses, ConditionRepository conditions,
            ObservationRepository observations, PersonService persons, AccessPolicy access, AuditLog audit,
            SubmissionGuard submissions, ApplicationEventPublisher events, Clock clock) {
        this.statuses = statuses;
        this.conditions = conditions;
        this.observations = observations;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the medication review needs to know about the person on {@code reviewDate}: birth date, sex, whether a
     * pregnancy is recorded, the conditions that held that day, and every standing result taken on or before it,
     * newest first. Status changes recorded after the review date do not count.
     */
    @Transactional
    public PersonContext contextFor(long personId, LocalDate reviewDate) {
        Access granted = access.require(personId, RecordAction.READ);
        LocalDate birthDate = persons.birthDate(personId);
        audit.record(AuditAction.READ, personId, "health-context/review", granted.purpose());
        return context(personId, birthDate, reviewDate);
    }

    /**
     * As {@link #contextFor}, as {@code clinician} may read it, for the CDS client {@code client} acting on their
     * behalf; audited as the clinician's read through the client.
     */
    @Transactional
    public PersonContext contextViaClient(Actor clinician, String client, long personId, LocalDate reviewDate) {
        Access granted = access.requireViaClient(clinician, client, personId, RecordAction.READ);
        LocalDate birthDate = persons.birthDateViaClient(clinician, client, personId);
        audit.recordViaClient(clinician, client, AuditAction.READ, personId, "health-context/review", granted.purpose());
        return context(personId, birthDate, reviewDate);
    }

    /**
     * As {@link #contextFor}, for what is worked out inside a change the caller has just made and audited (the
     * medication review kept for the care team's caseload); it shows nothing by itself, so it is not audited as a read.
     */
    @Transactional
    public PersonContext contextWithinChange(long personId, LocalDate reviewDate) {
        access.require(personId, RecordAction.READ);
        return context(personId, persons.birthDate(personId), reviewDate);
    }

    private PersonContext context(long personId, LocalDate birthDate, LocalDate reviewDate) {
        ClinicalStatus status = statuses.history(personId).stream()
                .filter(s -> !s.recordedAt().toLocalDate().isAfter(reviewDate))
                .findFirst().orElse(ClinicalStatus.NOT_RECORDED);
        return new PersonContext(reviewDate, birthDate, status.sex(), status.pregnancy() == Pregnancy.PREGNANT,
                conditions.findByPerson(personId).stream().filter(c -> c.activeOn(reviewDate))
                        .map(HealthCondition::forReview).toList(),
                observations.findByPerson(personId).stream()
                        .filter(o -> o.standing() && !o.effectiveDate().isAfter(reviewDate))
                        .map(HealthObservation::forReview).toList());
    }

    /** Everything recorded, closed entries and earlier statuses included. */
    @Transactional
    public HealthContext record(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "health-context", granted.purpose());
        List<ClinicalStatus> history = statuses.history(personId);
        return new HealthContext(history.isEmpty() ? ClinicalStatus.NOT_RECORDED : history.get(0), history,
                conditions.findByPerson(personId), observations.findByPerson(personId));
    }

    /** Records sex and pregnancy status as the next revision; refused if someone else recorded one first. */
    @Transactional
    public void recordStatus(long personId, StatusDetails details) {
        Access granted = access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        int current = statuses.history(personId).stream().mapToInt(ClinicalStatus::revision).max().orElse(0);
        if (details.version() == null) {
            throw new InvalidInputException("version", "say which revision of the status you are changing (0 for none)");
        }
        if (details.version() != current) {
            throw new ConcurrentChangeException("sex and pregnancy status");
        }
        String reason = present(details.changeReason()) ? details.changeReason().strip() : null;
        if (current > 0 && reason == null) {
            throw new InvalidInputException("changeReason", "say why the status changes");
        }
        try {
            statuses.insert(personId, current + 1, Coded.of(Sex.class, details.sex()),
                    Coded.of(Pregnancy.class, details.pregnancy()), reason == null ? "Recorded" : reason,
                    granted.actor().username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentChangeException("sex and pregnancy status");
        }
        audit.record(AuditAction.UPDATE, personId, "health-context/status", granted.purpose());
        events.publishEvent(new HealthContextChanged(personId));
    }

    @Transactional
    public long addCondition(long personId, ConditionDetails details) {
        Access granted = access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        notInFuture(details.onsetDate(), "onsetDate");
        CodeSystem system = Coded.find(CodeSystem.class, details.system())
                .orElseThrow(() -> new InvalidInputException("system", "unknown code system"));
        rejectIfPresent("code", ClinicalCodes.problemWith(system, details.code()));
        submissions.accept(details.submissionToken(), "health-condition");
        long id = conditions.insert(personId, system, ClinicalCodes.normalised(system, details.code()),
                details.display().strip(), details.onsetDate(), granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "health-condition/" + id, granted.purpose());
        events.publishEvent(new HealthContextChanged(personId));
        return id;
    }

    @Transactional
    public HealthCondition condition(long personId, long conditionId) {
        Access granted = access.require(personId, RecordAction.READ);
        HealthCondition condition = findCondition(personId, conditionId);
        audit.record(AuditAction.READ, personId, "health-condition/" + conditionId, granted.purpose());
        return condition;
    }

    /** Marks an active condition resolved (on a date) or entered in error, with the reason; it stays in the record. */
    @Transactional
    public void closeCondition(long personId, long conditionId, ConditionClosure closure) {
        Access granted = access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        HealthCondition condition = findCondition(personId, conditionId);
        ConditionStatus outcome = Coded.find(ConditionStatus.class, closure.outcome())
                .filter(status -> status != ConditionStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("outcome", "choose resolved or entered-in-error"));
        LocalDate resolvedOn = null;
        if (outcome == ConditionStatus.RESOLVED) {
            resolvedOn = closure.resolvedOn() == null ? LocalDate.now(clock) : closure.resolvedOn();
            notInFuture(resolvedOn, "resolvedOn");
            if (condition.onsetDate() != null && resolvedOn.isBefore(condition.onsetDate())) {
                throw new InvalidInputException("resolvedOn", "it cannot resolve before it began ("
                        + condition.onsetDate() + ")");
            }
        }
        if (conditions.close(conditionId, outcome, resolvedOn, closure.reason().strip(), granted.actor().username(),
                OffsetDateTime.now(clock)) == 0) {
            throw new ConcurrentChangeException("condition");
        }
        audit.record(AuditAction.UPDATE, personId, "health-condition/" + conditionId, granted.purpose());
        events.publishEvent(new HealthContextChanged(personId));
    }

    @Transactional
    public long addObservation(long personId, ObservationDetails details) {
        Access granted = access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        notInFuture(details.effectiveDate(), "effectiveDate");
        rejectIfPresent("code", ClinicalCodes.loincProblem(details.code()));
        submissions.accept(details.submissionToken(), "health-observation");
        long id = observations.insert(personId, details.code().strip(), details.display().strip(), details.value(),
                present(details.unit()) ? details.unit().strip() : null, details.effectiveDate(),
                granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "health-observation/" + id, granted.purpose());
        events.publishEvent(new HealthContextChanged(personId));
        return id;
    }

    @Transactional
    public HealthObservation observation(long personId, long observationId) {
        Access granted = access.require(personId, RecordAction.READ);
        HealthObservation observation = findObservation(personId, observationId);
        audit.record(AuditAction.READ, personId, "health-observation/" + observationId, granted.purpose());
        return observation;
    }

    /** Marks a result entered in error, with the reason; it stays in the record, marked, and the review skips it. */
    @Transactional
    public void retractObservation(long personId, long observationId, ObservationRetraction retraction) {
        Access granted = access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        findObservation(personId, observationId);
        if (observations.retract(observationId, retraction.reason().strip(), granted.actor().username(),
                OffsetDateTime.now(clock)) == 0) {
            throw new ConcurrentChangeException("result");
        }
        audit.record(AuditAction.UPDATE, personId, "health-observation/" + observationId, granted.purpose());
        events.publishEvent(new HealthContextChanged(personId));
    }

    /**
     * The LOINC tests already recorded in MedOpt, offered as suggestions when recording a result; names and codes
     * only, nobody's results.
     */
    public List<KnownTest> knownTests() {
        return observations.knownTests();
    }

    private HealthCondition findCondition(long personId, long conditionId) {
        return conditions.find(personId, conditionId)
                .orElseThrow(() -> new RecordNotFoundException("condition", conditionId));
    }

    private HealthObservation findObservation(long personId, long observationId) {
        return observations.find(personId, observationId)
                .orElseThrow(() -> new RecordNotFoundException("result", observationId));
    }

    private void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "the date cannot be in the future");
        }
    }

    /** Checks again what the pages and the API check, for callers that do not validate, such as the demo data. */
    private static void rejectIfPresent(String field, String problem) {
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
