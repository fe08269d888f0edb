package org.medopt.app.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own choices about sharing sensitive records with their care team. They take effect at once, only
 * the person makes them, and each is audited and kept.
 */
@Service
public class SharingService {

    private final SharingRepository choices;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    SharingService(SharingRepository choices, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.choices = choices;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every choice the person made, newest first, withdrawn ones included. */
    @Transactional
    public List<SharingChoice> history(long personId) {
        Access granted = policy.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "sharing", granted.purpose());
        return choices.history(personId);
    }

    /** The person consents, signing with their typed name, to share the category with their care team. */
    @Transactional
    public void share(long personId, SensitiveCategory category, String signedName) {
        Access granted = policy.require(personId, RecordAction.CHOOSE_SHARING);
        if (!category.shareable()) {
            throw new InvalidInputException("category", category.label() + " are never shared with the care team");
        }
        if (signedName == null || signedName.strip().length() < 2) {
            throw new InvalidInputException("signedName", "type your name to sign this consent");
        }
        if (choices.shared(personId, category)) {
            return;
        }
        choices.consent(personId, category, signedName.strip(), granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "sharing/" + category.code(), granted.purpose());
    }

    /** The person withdraws their consent; from now on the care team no longer reads the category. */
    @Transactional
    public void withdraw(long personId, SensitiveCategory category) {
        Access granted = policy.require(personId, RecordAction.CHOOSE_SHARING);
        if (choices.withdraw(personId, category, granted.actor().username(), OffsetDateTime.now(clock)) > 0) {
            audit.record(AuditAction.UPDATE, personId, "sharing/" + category.code(), granted.purpose());
        }
    }
}
