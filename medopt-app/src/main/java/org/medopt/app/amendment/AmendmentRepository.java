package org.medopt.app.amendment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Requests are inserted and then updated only forward: once decided, once disagreed with; never deleted. */
@Repository
class AmendmentRepository {

    private static final String SELECT = """
            select id, person_id, medication_entry_id, what_is_wrong, what_it_should_say, requested_at, requested_by,
                status, decided_at, decided_by, decision_reason, disagreement_statement, disagreement_at
            from amendment_request""";

    private final JdbcClient jdbc;

    AmendmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's requests, newest first. */
    List<AmendmentRequest> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by requested_at desc, id desc").param(personId)
                .query(AmendmentRepository::request).list();
    }

    Optional<AmendmentRequest> find(long personId, long requestId) {
        return jdbc.sql(SELECT + " where person_id = ? and id = ?").params(personId, requestId)
                .query(AmendmentRepository::request).optional();
    }

    long insert(long personId, CorrectionRequest request, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into amendment_request (person_id, medication_entry_id, what_is_wrong, what_it_should_say,
                    requested_at, requested_by, status)
                values (?, ?, ?, ?, ?, ?, 'requested')""")
                .params(personId, request.medicationEntryId(), request.whatIsWrong().strip(),
                        request.whatItShouldSay().strip(), now, by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Decides a request still waiting; returns the rows changed, 0 when someone decided it first. */
    int decide(long requestId, AmendmentStatus outcome, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update amendment_request set status = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                where id = ? and status = 'requested'""")
                .params(outcome.code(), reason, by, now, requestId).update();
    }

    /** Keeps the person's statement with a denial that has none yet; returns the rows changed. */
    int disagree(long requestId, String statement, OffsetDateTime now) {
        return jdbc.sql("""
                update amendment_request set disagreement_statement = ?, disagreement_at = ?
                where id = ? and status = 'denied' and disagreement_statement is null""")
                .params(statement, now, requestId).update();
    }

    private static AmendmentRequest request(ResultSet rs, int row) throws SQLException {
        return new AmendmentRequest(rs.getLong("id"), rs.getLong("person_id"),
                rs.getObject("medication_entry_id", Long.class), null, rs.getString("what_is_wrong"),
                rs.getString("what_it_should_say"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("requested_by"), Coded.of(AmendmentStatus.class, rs.getString("status")),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_reason"), rs.getString("disagreement_statement"),
                rs.getObject("disagreement_at", OffsetDateTime.class));
    }
}
