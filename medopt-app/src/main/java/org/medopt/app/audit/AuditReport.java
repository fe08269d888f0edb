package org.medopt.app.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the audit log: filtered, sorted and paged. Looking at it is itself audited. */
@Service
public class AuditReport {

    private final AuditRepository events;
    private final AuditLog audit;

    AuditReport(AuditRepository events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
    }

    /** One page of events matching the query, and whether another page follows. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Page search(AuditQuery query) {
        List<AuditEvent> found = events.search(query, AuditQuery.PAGE_SIZE + 1);
        audit.recordAdministration(AuditAction.READ, "audit-report");
        boolean more = found.size() > AuditQuery.PAGE_SIZE;
        return new Page(more ? found.subList(0, AuditQuery.PAGE_SIZE) : found, query.page(), more);
    }

    /** A page of the report. */
    public record Page(List<AuditEvent> events, int number, boolean hasNext) {
    }
}
