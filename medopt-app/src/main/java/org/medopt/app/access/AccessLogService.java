package org.medopt.app.access;

import java.util.List;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditEvent;
import org.medopt.app.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's accounting of disclosures: everyone else who opened, changed or was refused their record, when,
 * in which role and why, straight from the audit log.
 */
@Service
public class AccessLogService {

    private final AccessPolicy policy;
    private final AuditLog audit;

    AccessLogService(AccessPolicy policy, AuditLog audit) {
        this.policy = policy;
        this.audit = audit;
    }

    /** {@code limit} events by others about the person's record, newest first, from {@code offset} on. */
    @Transactional
    public List<AuditEvent> byOthers(long personId, int limit, long offset) {
        Access granted = policy.require(personId, RecordAction.REVIEW_ACCESS);
        audit.record(AuditAction.READ, personId, "access-log", granted.purpose());
        return audit.accessByOthers(personId, granted.actor().username(), limit, offset);
    }
}
