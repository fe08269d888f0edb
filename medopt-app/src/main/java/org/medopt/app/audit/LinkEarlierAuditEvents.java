package org.medopt.app.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.medopt.app.account.Role;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 5: links the audit events recorded before the hash chain existed (V4) into it, oldest first, with the
 * purpose their role implied and a successful outcome (only successful accesses were recorded then), and starts
 * the chain's head. It runs in Java because the hash must be the one {@link AuditEvent} computes.
 */
@Component
class LinkEarlierAuditEvents implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "link earlier audit events";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        List<EarlierEvent> earlier = jdbc.sql("""
                select id, occurred_at, username, role, person_id, action, resource, client_address
                from audit_event order by id""")
                .query((rs, n) -> new EarlierEvent(rs.getLong("id"), new AuditEvent(0,
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
                        rs.getString("role"), rs.getObject("person_id", Long.class), rs.getString("action"),
                        rs.getString("resource"), Purpose.usualFor(Coded.of(Role.class, rs.getString("role"))).code(),
                        Outcome.SUCCESS.code(), rs.getString("client_address"), null, null)))
                .list();
        long sequence = 0;
        String hash = AuditEvent.GENESIS;
        for (EarlierEvent event : earlier) {
            AuditEvent linked = event.content().linkedAfter(sequence, hash);
            jdbc.sql("""
                    update audit_event set sequence = ?, occurred_at = ?, purpose = ?, outcome = ?, previous_hash = ?,
                    hash = ? where id = ?""")
                    .params(linked.sequence(), linked.occurredAt(), linked.purpose(), linked.outcome(),
                            linked.previousHash(), linked.hash(), event.id())
                    .update();
            sequence = linked.sequence();
            hash = linked.hash();
        }
        jdbc.sql("insert into audit_chain_head (id, last_sequence, last_hash) values (1, ?, ?)")
                .params(sequence == 0 ? null : sequence, hash).update();
    }

    private record EarlierEvent(long id, AuditEvent content) {
    }
}
