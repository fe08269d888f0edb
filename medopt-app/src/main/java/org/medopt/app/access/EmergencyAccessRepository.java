package org.medopt.app.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EmergencyAccessRepository {

    private static final String SELECT = """
            select id, person_id, username, role, reason, granted_at, expires_at from emergency_access""";

    private final JdbcClient jdbc;

    EmergencyAccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long personId, long accountId, String username, String role, String reason, OffsetDateTime grantedAt,
            OffsetDateTime expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into emergency_access (person_id, account_id, username, role, reason, granted_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, accountId, username, role, reason, grantedAt, expiresAt)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<EmergencyAccess> active(long accountId, long personId, OffsetDateTime now) {
        return jdbc.sql(SELECT + " where account_id = ? and person_id = ? and expires_at > ? order by expires_at desc")
                .params(accountId, personId, now)
                .query(EmergencyAccess.class).list().stream().findFirst();
    }

    List<EmergencyAccess> forPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by granted_at desc").param(personId)
                .query(EmergencyAccess.class).list();
    }

    List<EmergencyAccess> since(OffsetDateTime since) {
        return jdbc.sql(SELECT + " where granted_at >= ? order by granted_at desc").param(since)
                .query(EmergencyAccess.class).list();
    }
}
