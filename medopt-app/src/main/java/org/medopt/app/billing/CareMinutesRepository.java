package org.medopt.app.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CareMinutesRepository {

    private static final String SELECT = """
            select m.id, m.person_id, m.worked_on, m.minutes, m.kind, m.note, m.reverses_id, m.reason, m.recorded_by,
                m.recorded_at, r.id as reversed_by
            from care_minutes m left join care_minutes r on r.reverses_id = m.id""";

    private final JdbcClient jdbc;

    CareMinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest day first. */
    List<CareMinutesEntry> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where m.person_id = ? order by m.worked_on desc, m.id desc")
                .param(personId).query(CareMinutesRepository::entry).list();
    }

    Optional<CareMinutesEntry> find(long personId, long entryId) {
        return jdbc.sql(SELECT + " where m.person_id = ? and m.id = ?").params(personId, entryId)
                .query(CareMinutesRepository::entry).optional();
    }

    /** Of {@code candidates}, the persons with minutes logged in {@code month}. */
    List<Long> personsWithMinutesIn(Collection<Long> candidates, YearMonth month) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct person_id from care_minutes
                where worked_on between :first and :last and person_id in (:persons) order by person_id""")
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth()).param("persons", candidates)
                .query(Long.class).list();
    }

    /** Minutes that count on {@code day}, reversed entries and reversals left out. */
    int minutesOn(long personId, LocalDate day) {
        return jdbc.sql("""
                select coalesce(sum(m.minutes), 0) from care_minutes m
                where m.person_id = ? and m.worked_on = ? and m.reverses_id is null
                    and not exists (select 1 from care_minutes r where r.reverses_id = m.id)""")
                .params(personId, day).query(Integer.class).single();
    }

    long insert(long personId, LocalDate workedOn, int minutes, CareActivity kind, String note, Long reverses,
            String reason, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into care_minutes (person_id, worked_on, minutes, kind, note, reverses_id, reason, recorded_by,
                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, workedOn, minutes, kind.code(), note, reverses, reason, by, now).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static CareMinutesEntry entry(ResultSet rs, int row) throws SQLException {
        return new CareMinutesEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("worked_on", LocalDate.class),
                rs.getInt("minutes"), Coded.of(CareActivity.class, rs.getString("kind")), rs.getString("note"),
                rs.getObject("reverses_id", Long.class), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("reversed_by", Long.class));
    }
}
