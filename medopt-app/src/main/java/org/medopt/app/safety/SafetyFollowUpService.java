package org.medopt.app.safety;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.AccountService;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.person.Person;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.shared.Coded;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care team's safety follow-ups: the worklist of open ones, each person's, and what clinicians record on them.
 * Whoever may read the record reads its follow-ups (emergency access included, read-only); clinical staff on the
 * team but peer support record them ({@link RecordAction#RECORD_SAFETY_FOLLOW_UP}). Every read and write is audited.
 */
@Service
public class SafetyFollowUpService {

    private final SafetyFollowUpRepository followUps;
    private final PersonService persons;
    private final CareTeamService teams;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final Clock clock;

    SafetyFollowUpService(SafetyFollowUpRepository followUps, PersonService persons, CareTeamService teams,
            AccountService accounts, AccessPolicy access, AuditLog audit, SubmissionGuard submissions, Clock clock) {
        this.followUps = followUps;
        this.persons = persons;
        this.teams = teams;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * The open follow-ups of the persons on the signed-in staff member's care teams, oldest first, each with its
     * person; audited as a read of each person's follow-ups listed.
     */
    @Transactional
    public List<WorklistLine> worklist() {
        List<SafetyFollowUp> open = followUps.openOf(personsOnMyTeams());
        Map<Long, Person> listed = new LinkedHashMap<>();
        for (SafetyFollowUp followUp : open) {
            listed.computeIfAbsent(followUp.personId(), personId -> {
                Access granted = access.require(personId, RecordAction.READ);
                audit.record(AuditAction.READ, personId, "safety-follow-ups", granted.purpose());
                return persons.get(personId);
            });
        }
        return open.stream().map(followUp -> new WorklistLine(followUp, listed.get(followUp.personId()),
                mayRecord(followUp.personId()))).toList();
    }

    /** The persons on the signed-in staff member's care teams whose record they may read. */
    List<Long> personsOnMyTeams() {
        return teams.personsOnTeamsOf(accounts.currentActor().accountId()).stream()
                .filter(personId -> access.permits(personId, RecordAction.READ)).toList();
    }

    /** The person's follow-ups, open and closed, newest first. */
    @Transactional
    public List<SafetyFollowUp> ofPerson(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<SafetyFollowUp> found = followUps.ofPerson(personId);
        audit.record(AuditAction.READ, personId, "safety-follow-ups", granted.purpose());
        return found;
    }

    @Transactional
    public SafetyFollowUp followUp(long personId, long followUpId) {
        Access granted = access.require(personId, RecordAction.READ);
        SafetyFollowUp found = find(personId, followUpId);
        audit.record(AuditAction.READ, personId, "safety-follow-up/" + followUpId, granted.purpose());
        return found;
    }

    public boolean mayRecord(long personId) {
        return access.permits(personId, RecordAction.RECORD_SAFETY_FOLLOW_UP);
    }

    /**
     * Records what was done. An entry with an action that reached the person or handed them to crisis services
     * closes the follow-up; "could not reach the person" alone is kept as an attempt and leaves it open.
     *
     * @return whether the entry closed the follow-up
     */
    @Transactional
    public boolean record(long personId, long followUpId, FollowUpForm form) {
        Access granted = access.require(personId, RecordAction.RECORD_SAFETY_FOLLOW_UP);
        SafetyFollowUp followUp = find(personId, followUpId);
        if (!followUp.open()) {
            throw new ConcurrentChangeException("safety follow-up");
        }
        Map<String, String> refused = new LinkedHashMap<>();
        List<FollowUpAction> actions = actions(form.actions(), refused);
        String note = form.note() == null ? "" : form.note().strip();
        if (note.isEmpty()) {
            refused.put("note", "write what happened and what comes next");
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        submissions.accept(form.submissionToken(), "safety-follow-up");
        boolean closes = actions.stream().anyMatch(FollowUpAction::closes);
        long entryId;
        try {
            entryId = followUps.addEntry(followUp, actions, note, closes, granted.actor().username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentChangeException("safety follow-up");
        }
        audit.record(AuditAction.CREATE, personId, "safety-follow-up/" + followUpId + "/entry/" + entryId, granted.purpose());
        return closes;
    }

    /** The actions chosen; none, an unknown one, or "could not reach" beside a contact is refused at the field. */
    private static List<FollowUpAction> actions(List<String> codes, Map<String, String> refused) {
        List<FollowUpAction> actions = codes.stream().map(code -> Coded.find(FollowUpAction.class, code))
                .flatMap(Optional::stream).distinct().toList();
        if (actions.size() < codes.stream().distinct().count()) {
            refused.put("actions", "choose from the actions listed");
        } else if (actions.isEmpty()) {
            refused.put("actions", "choose what was done");
        } else if (actions.contains(FollowUpAction.NOT_REACHED) && actions.stream().anyMatch(FollowUpAction::reachedThePerson)) {
            refused.put("actions", "“Could not reach the person” cannot go with speaking with them, a risk assessment "
                    + "or a safety plan: choose what happened");
        }
        return actions;
    }

    private SafetyFollowUp find(long personId, long followUpId) {
        return followUps.find(personId, followUpId)
                .orElseThrow(() -> new RecordNotFoundException("safety follow-up", followUpId));
    }
}
