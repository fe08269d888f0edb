package org.medopt.app.context;

import java.math.BigDecimal;
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
class ObservationRepository {

    private static final String SELECT = """
            select id, person_id, loinc_code, display, result_value, unit, effective_date, status, recorded_at,
                recorded_by, closed_at, closed_by, close_reason
            from health_observation""";

    private final JdbcClient jdbc;

    ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first by the date taken. */
    List<HealthObservation> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by effective_date desc, id desc")
                .param(personId).query(ObservationRepository::observation).list();
    }

    Optional<HealthObservation> find(long personId, long observationId) {
        return jdbc.sql(SELECT + " where person_id = ? and id = ?").params(personId, observationId)
                .query(ObservationRepository::observation).optional();
    }

    /** The tests recorded so far, each code once under its most used name, the most recorded first. */
    List<KnownTest> knownTests() {
        return jdbc.sql("""
                select loinc_code, display from (
                    select loinc_code, display, count(*) as times,
                        row_number() over (partition by loinc_code order by count(*) desc, display) as rank_in_code
                    from health_observation where status = 'final' group by loinc_code, display) named
                where rank_in_code = 1 order by times desc, loinc_code fetch first 200 rows only""")
                .query((rs, row) -> new KnownTest(rs.getString("loinc_code"), rs.getString("display"))).list();
    }

    long insert(long personId, String code, String display, BigDecimal value, String unit, LocalDate effectiveDate,
            String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into health_observation (person_id, loinc_code, display, result_value, unit, effective_date,
                    status, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, 'final', ?, ?)""")
                .params(personId, code, display, value, unit, effectiveDate, now, by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Marks the observation entered in error if it still stands; returns the rows changed. */
    int retract(long observationId, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update health_observation set status = 'entered-in-error', closed_at = ?, closed_by = ?, close_reason = ?
                where id = ? and status = 'final'""")
                .params(now, by, reason, observationId).update();
    }

    private static HealthObservation observation(ResultSet rs, int row) throws SQLException {
        return new HealthObservation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("loinc_code"),
                rs.getString("display"), rs.getBigDecimal("result_value"), rs.getString("unit"),
                rs.getObject("effective_date", LocalDate.class),
                Coded.of(ObservationStatus.class, rs.getString("status")),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by"), rs.getString("close_reason"));
    }
}
