package org.medopt.app.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.account.UserAccount;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.shared.Coded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's recovery goals, in the life domains of {@link RecoveryDomain}, with progress notes.
 *
 * <p>The goals belong to the person. The person writes a goal ({@link RecordAction#WRITE_OWN_WORDS}), changes its
 * words, marks it achieved, sets it aside or takes it up again, and writes progress notes. A member of the care team
 * ({@link RecordAction#WRITE_RECOVERY_NOTES}: prescribers, pharmacists, care managers and peer support specialists on
 * the team) writes progress notes and may write a goal down together with the person, which stays marked as written
 * down by them with the person; the team never changes a goal's words or status, so that a goal is never rewritten
 * or closed for the person. Whoever may read the record reads the goals, emergency access included, but a note by a
 * peer support specialist is a peer support note: the rest of the team reads it only if the person shares peer
 * support notes ({@link AccessPolicy#mayRead}). Nothing is changed without a new revision or deleted, and every read
 * and write is audited.
 */
@Service
public class RecoveryGoalService {

    private final RecoveryGoalRepository goals;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final Clock clock;

    RecoveryGoalService(RecoveryGoalRepository goals, AccessPolicy access, AccountService accounts, AuditLog audit,
            SubmissionGuard submissions, Clock clock) {
        this.goals = goals;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The person's goals, each with the notes the reader may read, grouped by life domain. */
    @Transactional
    public List<DomainGoals> goals(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        Map<Long, List<ProgressNote>> notes = goals.notes(personId).stream()
                .collect(Collectors.groupingBy(ProgressNote::goalId));
        List<RecoveryGoal> all = goals.goals(personId).stream()
                .map(goal -> withReadableNotes(personId, goal, notes.getOrDefault(goal.id(), List.of()))).toList();
        audit.record(AuditAction.READ, personId, "recovery-goals", granted.purpose());
        return DomainGoals.of(all);
    }

    /** One goal with the notes the reader may read. */
    @Transactional
    public RecoveryGoal goal(long personId, long goalId) {
        Access granted = access.require(personId, RecordAction.READ);
        RecoveryGoal goal = find(personId, goalId);
        List<ProgressNote> notes = goals.notes(personId).stream().filter(n -> n.goalId() == goalId).toList();
        audit.record(AuditAction.READ, personId, "recovery-goal/" + goalId, granted.purpose());
        return withReadableNotes(personId, goal, notes);
    }

    /** Every state the goal has had, newest first. */
    @Transactional
    public List<GoalRevision> history(long personId, long goalId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<GoalRevision> revisions = goals.revisions(find(personId, goalId).id());
        audit.record(AuditAction.READ, personId, "recovery-goal/" + goalId + "/history", granted.purpose());
        return revisions;
    }

    /** Whether the signed-in actor may write progress notes and write goals down; the person always may on their own. */
    public boolean mayWrite(long personId) {
        return access.permits(personId, writing(personId));
    }

    /** The person writes a goal, or a team member writes one down with the person, marked as such. */
    @Transactional
    public long add(long personId, GoalForm form) {
        Access granted = access.require(personId, writing(personId));
        RecoveryDomain domain = domain(form.domain());
        String words = required(form.goal(), "goal", "write the goal");
        submissions.accept(form.submissionToken(), "recovery-goal");
        Actor actor = granted.actor();
        long id = goals.insert(personId, domain, words, optional(form.firstSteps()), actor.username(), name(actor),
                !actor.ownsRecordOf(personId), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "recovery-goal/" + id, granted.purpose());
        return id;
    }

    /** The person changes the goal's domain, words or what will help; the earlier words are kept as a revision. */
    @Transactional
    public long change(long personId, long goalId, GoalForm form) {
        Access granted = access.require(personId, RecordAction.WRITE_OWN_WORDS);
        RecoveryGoal goal = find(personId, goalId);
        RecoveryDomain domain = domain(form.domain());
        String words = required(form.goal(), "goal", "write the goal");
        save(goal.withWords(domain, words, optional(form.firstSteps())), form.version(), "words", granted);
        return goalId;
    }

    /** The person marks the goal achieved, sets it aside or takes it up again, from today. */
    @Transactional
    public long changeStatus(long personId, long goalId, StatusForm form) {
        Access granted = access.require(personId, RecordAction.WRITE_OWN_WORDS);
        RecoveryGoal goal = find(personId, goalId);
        GoalStatus status = Coded.find(GoalStatus.class, form.status() == null ? "" : form.status())
                .orElseThrow(() -> new InvalidInputException("status", "choose achieved, set aside or working on it"));
        if (status == goal.status()) {
            throw new InvalidInputException("status", "this goal is already “" + status.label() + "”");
        }
        save(goal.withStatus(status, LocalDate.now(clock)), form.version(), "status", granted);
        return goalId;
    }

    /** A progress note on the goal, by the person or a member of their care team. */
    @Transactional
    public long note(long personId, long goalId, NoteForm form) {
        Access granted = access.require(personId, writing(personId));
        RecoveryGoal goal = find(personId, goalId);
        String note = required(form.note(), "note", "write the note");
        submissions.accept(form.submissionToken(), "recovery-goal-note");
        Actor actor = granted.actor();
        long id = goals.insertNote(goal, note, actor.username(), name(actor), actor.role(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "recovery-goal/" + goalId + "/note/" + id, granted.purpose());
        return id;
    }

    private void save(RecoveryGoal changed, Integer version, String change, Access granted) {
        if (version == null || version != changed.version()
                || !goals.update(changed, version, change, granted.actor().username(), OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("goal");
        }
        audit.record(AuditAction.UPDATE, changed.personId(), "recovery-goal/" + changed.id(), granted.purpose());
    }

    private RecordAction writing(long personId) {
        return accounts.currentActor().ownsRecordOf(personId) ? RecordAction.WRITE_OWN_WORDS
                : RecordAction.WRITE_RECOVERY_NOTES;
    }

    private RecoveryGoal withReadableNotes(long personId, RecoveryGoal goal, List<ProgressNote> notes) {
        List<ProgressNote> readable = notes.stream().filter(n -> !n.byPeerSupport()
                || access.mayRead(personId, SensitiveCategory.PEER_SUPPORT_NOTES, n.author())).toList();
        return goal.withNotes(readable, notes.size() - readable.size());
    }

    private RecoveryGoal find(long personId, long goalId) {
        return goals.find(personId, goalId).orElseThrow(() -> new RecordNotFoundException("recovery goal", goalId));
    }

    private String name(Actor actor) {
        return accounts.find(actor.accountId()).map(UserAccount::displayName).orElse(actor.username());
    }

    private static RecoveryDomain domain(String code) {
        return Coded.find(RecoveryDomain.class, code == null ? "" : code)
                .orElseThrow(() -> new InvalidInputException("domain", "choose a life domain"));
    }

    private static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        return text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
