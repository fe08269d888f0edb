package org.medopt.app.context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.person.Sex;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClinicalStatusRepository {

    private final JdbcClient jdbc;

    ClinicalStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every status recorded for the person, newest first. */
    List<ClinicalStatus> history(long personId) {
        return jdbc.sql("""
                select revision, sex, pregnancy, recorded_at, recorded_by, change_reason from clinical_status
                where person_id = ? order by revision desc""")
                .param(personId).query(ClinicalStatusRepository::status).list();
    }

    /** Adds the next revision; a revision someone else added first makes the unique key refuse it. */
    void insert(long personId, int revision, Sex sex, Pregnancy pregnancy, String reason, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into clinical_status (person_id, revision, sex, pregnancy, recorded_at, recorded_by, change_reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, revision, sex.code(), pregnancy.code(), now, by, reason).update();
    }

    private static ClinicalStatus status(ResultSet rs, int row) throws SQLException {
        return new ClinicalStatus(rs.getInt("revision"), Coded.of(Sex.class, rs.getString("sex")),
                Coded.of(Pregnancy.class, rs.getString("pregnancy")), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("recorded_by"), rs.getString("change_reason"));
    }
}
