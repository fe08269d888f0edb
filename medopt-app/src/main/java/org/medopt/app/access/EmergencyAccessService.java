package org.medopt.app.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-the-glass: clinical staff not on a person's care team may read the record after stating why, for a
 * limited time. Every grant is audited and shown to the person and to administrators.
 */
@Service
public class EmergencyAccessService {

    /** Short enough to type in an emergency, long enough that "x" is not a reason. */
    public static final int MINIMUM_REASON_LENGTH = 15;

    private final EmergencyAccessRepository grants;
    private final AccessPolicy policy;
    private final AccountService accounts;
    private final CareTeamService teams;
    private final AuditLog audit;
    private final EmergencyAccessSettings settings;
    private final Clock clock;

    EmergencyAccessService(EmergencyAccessRepository grants, AccessPolicy policy, AccountService accounts,
            CareTeamService teams, AuditLog audit, EmergencyAccessSettings settings, Clock clock) {
        this.grants = grants;
        this.policy = policy;
        this.accounts = accounts;
        this.teams = teams;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Grants the signed-in staff member read access to the person's record for the configured time. */
    @Transactional
    public EmergencyAccess open(long personId, String reason) {
        Actor actor = accounts.currentActor();
        if (!actor.role().clinicalStaff()) {
            throw new AccessDeniedException("only clinical staff can use emergency access");
        }
        if (teams.teamRole(actor.accountId(), personId).isPresent()) {
            throw new InvalidInputException("reason", "you are on this person's care team: open their record directly");
        }
        String stated = reason == null ? "" : reason.strip();
        if (stated.length() < MINIMUM_REASON_LENGTH) {
            throw new InvalidInputException("reason", "say what the emergency is, in at least " + MINIMUM_REASON_LENGTH
                    + " characters; the person and administrators will read it");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(settings.duration());
        long id;
        try {
            id = grants.insert(personId, actor.accountId(), actor.username(), actor.role().code(), stated, now, until);
        } catch (DataIntegrityViolationException noSuchPerson) {
            throw new RecordNotFoundException("person", personId);
        }
        audit.record(AuditAction.CREATE, personId, "emergency-access/" + id, Purpose.EMERGENCY_TREATMENT);
        return new EmergencyAccess(id, personId, actor.username(), actor.role().code(), stated, now, until);
    }

    /** The signed-in staff member's emergency access to the person's record, if one is running now. */
    public Optional<EmergencyAccess> activeFor(long personId) {
        return grants.active(accounts.currentActor().accountId(), personId, OffsetDateTime.now(clock));
    }

    /** Every emergency access to the person's record, newest first, for anyone who may read the record. */
    @Transactional
    public List<EmergencyAccess> toRecordOf(long personId) {
        Access granted = policy.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "emergency-access", granted.purpose());
        return grants.forPerson(personId);
    }

    /** Emergency accesses granted in the last {@code days} days, newest first, for administrators to review. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<EmergencyAccess> recent(int days) {
        return grants.since(OffsetDateTime.now(clock).minusDays(days));
    }
}
