package org.medopt.app.access;

import static org.medopt.app.access.RecordAction.ADD_SELF_REPORTED;
import static org.medopt.app.access.RecordAction.EDIT_DEMOGRAPHICS;
import static org.medopt.app.access.RecordAction.READ;
import static org.medopt.app.access.RecordAction.WRITE_MEDICATIONS;
import static org.medopt.app.access.RecordAction.WRITE_OWN_WORDS;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.account.Role;
import org.medopt.app.team.CareTeamService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether an actor may do something with a person's record. Pages and the REST API
 * reach records only through services that ask this policy first.
 *
 * <p>A person may read their own record, add what they take without a prescription and write their own view of
 * each entry. Staff act only on records of persons whose care team they are on, within their role. The
 * administrator manages accounts and teams but does not open clinical records.
 */
@Service
public class AccessPolicy {

    private static final Set<RecordAction> OWN_RECORD = EnumSet.of(READ, ADD_SELF_REPORTED, WRITE_OWN_WORDS);
    private static final Map<Role, Set<RecordAction>> ON_TEAM = Map.of(
            Role.PRESCRIBER, EnumSet.of(READ, EDIT_DEMOGRAPHICS, WRITE_MEDICATIONS, ADD_SELF_REPORTED),
            Role.PHARMACIST, EnumSet.of(READ, EDIT_DEMOGRAPHICS, WRITE_MEDICATIONS, ADD_SELF_REPORTED),
            Role.CARE_MANAGER, EnumSet.of(READ, EDIT_DEMOGRAPHICS, ADD_SELF_REPORTED),
            Role.PEER_SUPPORT, EnumSet.of(READ));

    private final AccountService accounts;
    private final CareTeamService teams;

    AccessPolicy(AccountService accounts, CareTeamService teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    /** Whether the signed-in actor may do {@code action} with the record of {@code personId}. */
    public boolean permits(long personId, RecordAction action) {
        return permits(accounts.currentActor(), personId, action);
    }

    /** Fails with {@link AccessDeniedException} unless the signed-in actor may do {@code action}. */
    public Actor require(long personId, RecordAction action) {
        Actor actor = accounts.currentActor();
        if (!permits(actor, personId, action)) {
            throw new AccessDeniedException("not permitted: " + action + " on this record");
        }
        return actor;
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

    private boolean permits(Actor actor, long personId, RecordAction action) {
        if (actor.role() == Role.PERSON) {
            return actor.ownsRecordOf(personId) && OWN_RECORD.contains(action);
        }
        return teams.teamRole(actor.accountId(), personId)
                .map(teamRole -> ON_TEAM.getOrDefault(teamRole, Set.of()).contains(action))
                .orElse(false);
    }
}
