package org.medopt.app.measurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medopt.shared.ItemAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Completed instruments, kept as saved; never changed or deleted. */
@Repository
class ResponseRepository {

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredResponse insert(long personId, String instrumentId, String version, Map<String, Integer> answers, Integer total,
            String band, Integer percentage, List<String> safetyFlags, LocalDate completedOn, boolean enteredByPerson,
            String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into questionnaire_response (person_id, instrument_id, instruments_version, answers, total, band,
                    percentage, safety_flags, completed_on, entered_by_person, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, instrumentId, version, ItemAnswers.write(answers), total, band, percentage,
                        String.join(",", safetyFlags), completedOn, enteredByPerson, by, now)
                .update(keys, "id");
        return new StoredResponse(keys.getKeyAs(Long.class), personId, instrumentId, version, answers, total, band,
                percentage, safetyFlags, completedOn, enteredByPerson, by, now);
    }

    /** The person's completed instruments, oldest first. */
    List<StoredResponse> ofPerson(long personId) {
        return jdbc.sql("select * from questionnaire_response where person_id = ? order by completed_on, recorded_at, id")
                .param(personId).query(ResponseRepository::row).list();
    }

    Optional<StoredResponse> find(long personId, long responseId) {
        return jdbc.sql("select * from questionnaire_response where id = ? and person_id = ?")
                .params(responseId, personId).query(ResponseRepository::row).optional();
    }

    private static StoredResponse row(ResultSet rs, int row) throws SQLException {
        String flags = rs.getString("safety_flags");
        return new StoredResponse(rs.getLong("id"), rs.getLong("person_id"), rs.getString("instrument_id"),
                rs.getString("instruments_version"), ItemAnswers.read(rs.getString("answers")), rs.getObject("total", Integer.class),
                rs.getString("band"), rs.getObject("percentage", Integer.class),
                flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")), rs.getObject("completed_on", LocalDate.class),
                rs.getBoolean("entered_by_person"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
