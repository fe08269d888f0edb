package org.medopt.app.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters and order for the administrator's audit report. Every filter is optional; dates are whole UTC days,
 * both ends included.
 *
 * @param page zero-based
 */
public record AuditQuery(String username, Long personId, String action, String outcome,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean oldestFirst, Integer page) {

    public static final int PAGE_SIZE = 50;

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, false, 0);
    }

    public AuditQuery {
        username = username == null || username.isBlank() ? null : username.strip();
        action = action == null || action.isBlank() ? null : action;
        outcome = outcome == null || outcome.isBlank() ? null : outcome;
        oldestFirst = Boolean.TRUE.equals(oldestFirst);
        page = page == null ? 0 : Math.max(page, 0);
    }
}
