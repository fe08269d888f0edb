package org.medopt.app.context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConditionRepository {

    private static final String SELECT = """
            select id, person_id, code_system, code, display, onset_date, status, abatement_date, recorded_at,
                recorded_by, closed_at, closed_by, close_reason
            from health_condition""";

    private final JdbcClient jdbc;

    ConditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active conditions first, then the rest; newest recorded first within each. */
    List<HealthCondition> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by case when status = 'active' then 0 else 1 end, id desc")
                .param(personId).query(ConditionRepository::condition).list();
    }

    Optional<HealthCondition> find(long personId, long conditionId) {
        return jdbc.sql(SELECT + " where person_id = ? and id = ?").params(personId, conditionId)
                .query(ConditionRepository::condition).optional();
    }

    long insert(long personId, CodeSystem system, String code, String display, LocalDate onsetDate, String by,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into health_condition (person_id, code_system, code, display, onset_date, status, recorded_at,
                    recorded_by)
                values (?, ?, ?, ?, ?, 'active', ?, ?)""")
                .params(personId, system.code(), code, display, onsetDate, now, by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Closes the condition if it is still active; returns the rows changed (0 when someone closed it first). */
    int close(long conditionId, ConditionStatus status, LocalDate abatementDate, String reason, String by,
            OffsetDateTime now) {
        return jdbc.sql("""
                update health_condition set status = ?, abatement_date = ?, closed_at = ?, closed_by = ?, close_reason = ?
                where id = ? and status = 'active'""")
                .params(status.code(), abatementDate, now, by, reason, conditionId).update();
    }

    private static HealthCondition condition(ResultSet rs, int row) throws SQLException {
        return new HealthCondition(rs.getLong("id"), rs.getLong("person_id"),
                Coded.of(CodeSystem.class, rs.getString("code_system")), rs.getString("code"), rs.getString("display"),
                rs.getObject("onset_date", LocalDate.class), Coded.of(ConditionStatus.class, rs.getString("status")),
                rs.getObject("abatement_date", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("recorded_by"), rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by"),
                rs.getString("close_reason"));
    }
}
