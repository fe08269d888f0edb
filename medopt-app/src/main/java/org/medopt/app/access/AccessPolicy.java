package org.medopt.app.access;

import static org.medopt.app.access.RecordAction.ADD_SELF_REPORTED;
import static org.medopt.app.access.RecordAction.CHOOSE_SHARING;
import static org.medopt.app.access.RecordAction.COMPLETE_INSTRUMENTS;
import static org.medopt.app.access.RecordAction.EDIT_DEMOGRAPHICS;
import static org.medopt.app.access.RecordAction.LOG_CARE_MINUTES;
import static org.medopt.app.access.RecordAction.MANAGE_CARE_EPISODES;
import static org.medopt.app.access.RecordAction.READ;
import static org.medopt.app.access.RecordAction.RECORD_SAFETY_FOLLOW_UP;
import static org.medopt.app.access.RecordAction.REQUEST_AMENDMENT;
import static org.medopt.app.access.RecordAction.REVIEW_ACCESS;
import static org.medopt.app.access.RecordAction.WRITE_CLINICAL_CONTEXT;
import static org.medopt.app.access.RecordAction.WRITE_MEDICATIONS;
import static org.medopt.app.access.RecordAction.WRITE_OWN_WORDS;
import static org.medopt.app.access.RecordAction.WRITE_RECOVERY_NOTES;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.account.Role;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.team.CareTeamService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether an actor may do something with a person's record. Pages and the REST API
 * reach records only through services that ask this policy first.
 *
 * <p>A person may read their own record, add what they take without a prescription and write their own view of
 * each entry. Staff act only on records of persons whose care team they are on, within their role. The
 * administrator manages accounts and teams but does not open clinical records. Clinical staff not on the team
 * may read, and only read, a record for which they opened emergency access that is still running.
 */
@Service
public class AccessPolicy {

    private static final Set<RecordAction> OWN_RECORD = EnumSet.of(READ, ADD_SELF_REPORTED, WRITE_OWN_WORDS, CHOOSE_SHARING,
            REVIEW_ACCESS, REQUEST_AMENDMENT, COMPLETE_INSTRUMENTS);
    private static final Map<Role, Set<RecordAction>> ON_TEAM = Map.of(
            Role.PRESCRIBER, EnumSet.of(READ, EDIT_DEMOGRAPHICS, WRITE_MEDICATIONS, WRITE_CLINICAL_CONTEXT, ADD_SELF_REPORTED,
                    LOG_CARE_MINUTES, COMPLETE_INSTRUMENTS, WRITE_RECOVERY_NOTES, MANAGE_CARE_EPISODES, RECORD_SAFETY_FOLLOW_UP),
            Role.PHARMACIST, EnumSet.of(READ, EDIT_DEMOGRAPHICS, WRITE_MEDICATIONS, WRITE_CLINICAL_CONTEXT, ADD_SELF_REPORTED,
                    LOG_CARE_MINUTES, COMPLETE_INSTRUMENTS, WRITE_RECOVERY_NOTES, RECORD_SAFETY_FOLLOW_UP),
            Role.CARE_MANAGER, EnumSet.of(READ, EDIT_DEMOGRAPHICS, ADD_SELF_REPORTED, LOG_CARE_MINUTES, COMPLETE_INSTRUMENTS,
                    WRITE_RECOVERY_NOTES, MANAGE_CARE_EPISODES, RECORD_SAFETY_FOLLOW_UP),
            Role.PEER_SUPPORT, EnumSet.of(READ, COMPLETE_INSTRUMENTS, WRITE_RECOVERY_NOTES));

    private final AccountService accounts;
    private final CareTeamService teams;
    private final EmergencyAccessRepository emergencyGrants;
    private final SharingRepository sharing;
    private final AuditLog audit;
    private final Clock clock;

    AccessPolicy(AccountService accounts, CareTeamService teams, EmergencyAccessRepository emergencyGrants,
            SharingRepository sharing, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.emergencyGrants = emergencyGrants;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in actor may do {@code action} with the record of {@code personId}. */
    public boolean permits(long personId, RecordAction action) {
        return purposeOf(accounts.currentActor(), personId, action).isPresent();
    }

    /**
     * The signed-in actor's access for {@code action}, with the purpose to audit it under; a refusal is audited
     * and fails with {@link AccessDeniedException}.
     */
    public Access require(long personId, RecordAction action) {
        Actor actor = accounts.currentActor();
        return purposeOf(actor, personId, action)
                .map(purpose -> new Access(actor, purpose))
                .orElseThrow(() -> {
                    audit.recordRefusal(attempted(action), personId, refusedResource(action));
                    return refused(action);
                });
    }

    /**
     * The clinician a CDS client acts for: the enabled clinical staff account named by the hook's user. Empty for an
     * unknown username and for accounts of persons served or administrators, for whom no client may act.
     */
    public Optional<Actor> clinician(String username) {
        return accounts.enabledStaff(username);
    }

    /**
     * The access of {@code clinician}, for whom the CDS client {@code client} asks, decided exactly as if the clinician
     * asked themselves (care team, emergency access). Nobody is signed in by this: the actor is passed, not taken
     * from a session. A refusal is audited as the clinician through the client and fails with
     * {@link AccessDeniedException}.
     */
    public Access requireViaClient(Actor clinician, String client, long personId, RecordAction action) {
        return purposeOf(clinician, personId, action)
                .map(purpose -> new Access(clinician, purpose))
                .orElseThrow(() -> {
                    audit.recordRefusalViaClient(clinician, client, attempted(action), personId, refusedResource(action));
                    return refused(action);
                });
    }

    private static AuditAction attempted(RecordAction action) {
        return action == READ ? AuditAction.READ : AuditAction.UPDATE;
    }

    private static String refusedResource(RecordAction action) {
        return "record/" + action.name().toLowerCase(Locale.ROOT);
    }

    private static AccessDeniedException refused(RecordAction action) {
        return new AccessDeniedException("not permitted: " + action + " on this record");
    }

    /**
     * Whether the signed-in actor, who may read the person's record, may also read a record of a sensitive
     * category written by {@code author}. The author always may; the person may, except psychotherapy notes; on
     * the care team, 42 CFR Part 2 records need the person's written consent or an emergency (42 CFR 2.51), and
     * peer support notes stay with peer support unless the person shares them.
     */
    public boolean mayRead(long personId, SensitiveCategory category, String author) {
        return mayRead(accounts.currentActor(), personId, category, author);
    }

    /** As {@link #mayRead(long, SensitiveCategory, String)}, for an actor passed explicitly (see {@link #requireViaClient}). */
    public boolean mayRead(Actor actor, long personId, SensitiveCategory category, String author) {
        Optional<Purpose> purpose = purposeOf(actor, personId, READ);
        if (purpose.isEmpty()) {
            return false;
        }
        if (actor.username().equals(author)) {
            return true;
        }
        if (purpose.get() == Purpose.INDIVIDUAL_ACCESS) {
            return category != SensitiveCategory.PSYCHOTHERAPY_NOTES;
        }
        return switch (category) {
            case SUD_PART2 -> purpose.get() == Purpose.EMERGENCY_TREATMENT || sharing.shared(personId, category);
            case PEER_SUPPORT_NOTES -> actor.role() == Role.PEER_SUPPORT || sharing.shared(personId, category);
            case PSYCHOTHERAPY_NOTES -> false;
        };
    }

    /** Whether the signed-in actor may register new persons (and so join their care team). */
    public boolean mayRegisterPersons() {
        return ON_TEAM.getOrDefault(accounts.currentActor().role(), Set.of()).contains(EDIT_DEMOGRAPHICS);
    }

    /** Fails with {@link AccessDeniedException} unless the signed-in actor may register new persons. */
    public void requireMayRegisterPersons() {
        if (!mayRegisterPersons()) {
            throw new AccessDeniedException("not permitted to register persons");
        }
    }

    private Optional<Purpose> purposeOf(Actor actor, long personId, RecordAction action) {
        if (actor.role() == Role.PERSON) {
            return actor.ownsRecordOf(personId) && OWN_RECORD.contains(action)
                    ? Optional.of(Purpose.INDIVIDUAL_ACCESS) : Optional.empty();
        }
        Optional<Role> teamRole = teams.teamRole(actor.accountId(), personId);
        if (teamRole.isPresent()) {
            return ON_TEAM.getOrDefault(teamRole.get(), Set.of()).contains(action)
                    ? Optional.of(Purpose.TREATMENT) : Optional.empty();
        }
        return actor.role().clinicalStaff() && action == READ
                && emergencyGrants.active(actor.accountId(), personId, OffsetDateTime.now(clock)).isPresent()
                ? Optional.of(Purpose.EMERGENCY_TREATMENT) : Optional.empty();
    }
}
