package org.medopt.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Care episodes and the next-contact days set on them; an episode is ended once, and nothing is deleted. */
@Repository
class CareEpisodeRepository {

    private static final String SELECT = """
            select e.*, (select c.next_contact_due from care_episode_contact c where c.episode_id = e.id
                         order by c.id desc fetch first 1 rows only) as next_contact_due
            from care_episode e""";

    private final JdbcClient jdbc;

    CareEpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest start first. */
    List<CareEpisode> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where e.person_id = ? order by e.started_on desc, e.id desc").param(personId)
                .query(CareEpisodeRepository::episode).list();
    }

    Optional<CareEpisode> openOf(long personId) {
        return jdbc.sql(SELECT + " where e.open_for_person = ?").param(personId).query(CareEpisodeRepository::episode)
                .optional();
    }

    /** The open episodes of {@code persons}. */
    List<CareEpisode> openOf(Collection<Long> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.open_for_person in (:persons) order by e.person_id")
                .param("persons", persons).query(CareEpisodeRepository::episode).list();
    }

    /** Opens an episode; fails with a duplicate key when the person already has one open. */
    long insert(long personId, CareProgram program, LocalDate startedOn, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into care_episode (person_id, program, started_on, recorded_by, recorded_at, open_for_person)
                values (?, ?, ?, ?, ?, ?)""")
                .params(personId, program.code(), startedOn, by, now, personId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertNextContact(long episodeId, LocalDate due, String by, OffsetDateTime now) {
        jdbc.sql("insert into care_episode_contact (episode_id, next_contact_due, recorded_by, recorded_at) values (?, ?, ?, ?)")
                .params(episodeId, due, by, now).update();
    }

    /** Ends the episode if it is still open; whether it was. */
    boolean end(long episodeId, LocalDate endedOn, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update care_episode set ended_on = ?, end_reason = ?, ended_by = ?, ended_at = ?, open_for_person = null
                where id = ? and ended_on is null""")
                .params(endedOn, reason, by, now, episodeId).update() == 1;
    }

    private static CareEpisode episode(ResultSet rs, int row) throws SQLException {
        return new CareEpisode(rs.getLong("id"), rs.getLong("person_id"), Coded.of(CareProgram.class, rs.getString("program")),
                rs.getObject("started_on", LocalDate.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getString("ended_by"), rs.getObject("ended_at", OffsetDateTime.class),
                rs.getObject("next_contact_due", LocalDate.class));
    }
}
