package org.medopt.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records every read and write of a person's record: who, in which role, when (UTC), what, from where. */
@Service
public class AuditLog {

    private static final String INSERT = """
            insert into audit_event (occurred_at, username, role, person_id, action, resource, client_address)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Records that the signed-in actor did {@code action} to {@code resource} of the person's record. */
    @Transactional
    public void record(AuditAction action, long personId, String resource) {
        recordAll(action, List.of(personId), resource);
    }

    /** Records the same access to several persons' records, e.g. a caseload listing. */
    @Transactional
    public void recordAll(AuditAction action, Collection<Long> personIds, String resource) {
        Actor actor = accounts.currentActor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String from = clientAddress();
        for (Long personId : personIds) {
            jdbc.sql(INSERT).params(now, actor.username(), actor.role().code(), personId, action.code(), resource, from)
                    .update();
        }
    }

    /** The most recent events about one person's record by anyone but {@code exceptUsername}, newest first. */
    public List<AuditEvent> accessByOthers(long personId, String exceptUsername, int limit) {
        return jdbc.sql("""
                select id, occurred_at, username, role, person_id, action, resource, client_address
                from audit_event where person_id = ? and username <> ? order by id desc limit ?""")
                .params(personId, exceptUsername, limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("username"), rs.getString("role"), rs.getObject("person_id", Long.class),
                        rs.getString("action"), rs.getString("resource"), rs.getString("client_address")))
                .list();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
