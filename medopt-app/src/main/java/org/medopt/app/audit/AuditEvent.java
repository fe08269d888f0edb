package org.medopt.app.audit;

import java.time.OffsetDateTime;

/** One audited access to a person's record. Holds no clinical content. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String username, String role, Long personId,
        String action, String resource, String clientAddress) {
}
