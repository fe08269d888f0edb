package org.medopt.app.team;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Role;
import org.medopt.app.account.UserAccount;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is on each person's care team, and in what role. Memberships end; they are never deleted. */
@Service
public class CareTeamService {

    /** The length of the column that keeps why a membership ended. */
    private static final int REASON_MAX = 300;

    private final CareTeamRepository members;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    CareTeamService(CareTeamRepository members, AccountService accounts, AuditLog audit, Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The role the account holds on the person's team, if it is on that team now. */
    public Optional<Role> teamRole(long accountId, long personId) {
        return members.activeRole(accountId, personId);
    }

    /** The persons on whose teams the account is now. */
    public Set<Long> personsOnTeamsOf(long accountId) {
        return Set.copyOf(members.personsOf(accountId));
    }

    /** The person's team now, with each member's name. */
    public List<CareTeamMember> teamOf(long personId) {
        return members.activeMembers(personId).stream()
                .map(m -> new CareTeamMember(m.id(), personId, m.accountId(),
                        accounts.find(m.accountId()).map(UserAccount::displayName).orElse("(unknown account)"),
                        m.teamRole(), m.joinedAt()))
                .toList();
    }

    /** Puts a staff account on the person's team in its own role. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void add(long personId, long accountId) {
        join(personId, accountId, accounts.currentActor().username());
    }

    /**
     * Puts a staff account on a team as part of a larger change made by {@code by} (registration, demo data).
     * Joining a team opens the person's record to that account, so it is audited like a write to the record.
     */
    @Transactional
    public void join(long personId, long accountId, String by) {
        UserAccount account = accounts.find(accountId)
                .orElseThrow(() -> new RecordNotFoundException("account", accountId));
        if (!account.role().clinicalStaff()) {
            throw new InvalidInputException("accountId", account.displayName() + " is not clinical staff and cannot join a care team");
        }
        if (teamRole(accountId, personId).isPresent()) {
            throw alreadyOnTeam(account);
        }
        try {
            long memberId = members.insert(personId, accountId, account.role(), by, OffsetDateTime.now(clock));
            audit.record(AuditAction.CREATE, personId, "care-team/" + memberId,
                    Purpose.usualFor(accounts.currentActor().role()));
        } catch (DuplicateKeyException raced) {
            throw alreadyOnTeam(account);
        }
    }

    /** Ends a membership, keeping who ended it, when and why. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void end(long personId, long memberId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why this member leaves the team");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "keep the reason to at most " + REASON_MAX + " characters");
        }
        if (members.end(memberId, personId, reason.strip(), accounts.currentActor().username(), OffsetDateTime.now(clock)) == 0) {
            throw new RecordNotFoundException("care team membership", memberId);
        }
        audit.record(AuditAction.UPDATE, personId, "care-team/" + memberId, Purpose.OPERATIONS);
    }

    private static InvalidInputException alreadyOnTeam(UserAccount account) {
        return new InvalidInputException("accountId", account.displayName() + " is already on this care team");
    }
}
