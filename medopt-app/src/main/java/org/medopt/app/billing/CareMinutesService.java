package org.medopt.app.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.AccountService;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.person.Person;
import org.medopt.app.person.PersonService;
import org.medopt.app.registry.CareEpisode;
import org.medopt.app.registry.CareEpisodeService;
import org.medopt.app.registry.CareProgram;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.billing.BillingReport;
import org.medopt.billing.BillingRules;
import org.medopt.shared.Coded;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care-management minutes per person and month, and the monthly CoCM / general BHI billing report the billing rules
 * ({@link BillingRules}) make of them. Nothing is changed or deleted: an entry logged in error is cancelled by a
 * reversing entry. Every read and write asks the access policy and is audited.
 */
@Service
public class CareMinutesService {

    private final CareMinutesRepository minutes;
    private final PersonService persons;
    private final CareTeamService teams;
    private final CareEpisodeService episodes;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final BillingRules rules;
    private final Clock clock;

    CareMinutesService(CareMinutesRepository minutes, PersonService persons, CareTeamService teams,
            CareEpisodeService episodes, AccountService accounts, AccessPolicy access, AuditLog audit,
            SubmissionGuard submissions, BillingRules rules, Clock clock) {
        this.minutes = minutes;
        this.persons = persons;
        this.teams = teams;
        this.episodes = episodes;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.rules = rules;
        this.clock = clock;
    }

    /** The person's months, newest first, this month always among them, each with what the billing rules make of it. */
    @Transactional
    public List<CareMinutesMonth> months(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<CareMinutesEntry> entries = minutes.findByPerson(personId);
        audit.record(AuditAction.READ, personId, "care-minutes", granted.purpose());
        return CareMinutesMonth.of(String.valueOf(personId), entries, cocmEpisodeStarts(personId), YearMonth.now(clock),
                rules);
    }

    /** Logs minutes of care management; the day's minutes together may not exceed a day's. */
    @Transactional
    public long log(long personId, CareMinutesForm form) {
        Access granted = access.require(personId, RecordAction.LOG_CARE_MINUTES);
        LocalDate day = form.workedOn();
        if (day == null) {
            throw new InvalidInputException("workedOn", "enter the day the time was spent");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("workedOn", "the day cannot be in the future");
        }
        if (form.minutes() == null || form.minutes() < 1) {
            throw new InvalidInputException("minutes", "enter more than 0 minutes");
        }
        int already = minutes.minutesOn(personId, day);
        if (already + form.minutes() > CareMinutesForm.MINUTES_IN_A_DAY) {
            throw new InvalidInputException("minutes", already + " minutes are already logged on " + day
                    + "; a day has no more than " + CareMinutesForm.MINUTES_IN_A_DAY);
        }
        CareActivity kind = Coded.find(CareActivity.class, form.kind())
                .orElseThrow(() -> new InvalidInputException("kind", "choose CoCM care management or general BHI"));
        submissions.accept(form.submissionToken(), "care-minutes");
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        long id = minutes.insert(personId, day, form.minutes(), kind, note, null, null, granted.actor().username(),
                OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "care-minutes/" + id, granted.purpose());
        return id;
    }

    @Transactional
    public CareMinutesEntry entry(long personId, long minutesId) {
        Access granted = access.require(personId, RecordAction.READ);
        CareMinutesEntry entry = find(personId, minutesId);
        audit.record(AuditAction.READ, personId, "care-minutes/" + minutesId, granted.purpose());
        return entry;
    }

    /**
     * Cancels minutes logged in error by a reversing entry with the reason; both stay in the record and neither
     * counts. A reversal is not itself reversed: log the minutes again.
     */
    @Transactional
    public long reverse(long personId, long minutesId, CareMinutesReversal reversal) {
        Access granted = access.require(personId, RecordAction.LOG_CARE_MINUTES);
        CareMinutesEntry entry = find(personId, minutesId);
        if (entry.reverses() != null) {
            throw new InvalidInputException("reason", "this entry cancels other minutes; log the minutes again instead");
        }
        if (entry.reversedBy() != null) {
            throw new ConcurrentChangeException("care-minutes entry");
        }
        long id;
        try {
            id = minutes.insert(personId, entry.workedOn(), entry.minutes(), entry.kind(), null, entry.id(),
                    reversal.reason().strip(), granted.actor().username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentChangeException("care-minutes entry");
        }
        audit.record(AuditAction.CREATE, personId, "care-minutes/" + id, granted.purpose());
        return id;
    }

    /** When the person's CoCM episodes started, as the registry records them: what decides 99492 or 99493. */
    private List<LocalDate> cocmEpisodeStarts(long personId) {
        return episodes.episodes(personId).stream().filter(e -> e.program() == CareProgram.COCM)
                .map(CareEpisode::startedOn).toList();
    }

    private CareMinutesEntry find(long personId, long minutesId) {
        return minutes.find(personId, minutesId).orElseThrow(() -> new RecordNotFoundException("care-minutes entry", minutesId));
    }

    /** Fails with an access refusal unless the signed-in staff member may see billing reports. */
    @PreAuthorize("hasAnyRole('CARE_MANAGER', 'PRESCRIBER')")
    public void requireMayReport() {
        // the refusal is the annotation's
    }

    /**
     * The billing report for {@code month} over the persons on the signed-in staff member's care teams who have
     * minutes logged that month; audited as a read of each person's care minutes.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CARE_MANAGER', 'PRESCRIBER')")
    public CareMinutesReport report(YearMonth month) {
        long account = accounts.currentActor().accountId();
        List<BillingReport.Row> rows = new ArrayList<>();
        for (long personId : minutes.personsWithMinutesIn(teams.personsOnTeamsOf(account), month)) {
            if (!access.permits(personId, RecordAction.READ)) {
                continue;
            }
            Access granted = access.require(personId, RecordAction.READ);
            Person person = persons.get(personId);
            String who = person.legalName() + " (MedOpt " + personId + ")";
            CareMinutesMonth billed = CareMinutesMonth.of(who, minutes.findByPerson(personId), cocmEpisodeStarts(personId),
                    month, rules).stream()
                    .filter(m -> m.month().equals(month)).findFirst().orElseThrow();
            audit.record(AuditAction.READ, personId, "care-minutes/report/" + month, granted.purpose());
            rows.addAll(BillingReport.rows(rules, List.of(billed.billingMonth())));
        }
        rows.sort(Comparator.comparing(BillingReport.Row::person));
        return new CareMinutesReport(month, rows);
    }
}
