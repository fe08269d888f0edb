package org.medopt.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The psychiatric case-review list; a reviewed entry stays, with the recommendation. */
@Repository
class CaseReviewRepository {

    private final JdbcClient jdbc;

    CaseReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<CaseReviewEntry> ofPerson(long personId) {
        return jdbc.sql("select * from case_review_entry where person_id = ? order by added_at desc, id desc")
                .param(personId).query(CaseReviewRepository::entry).list();
    }

    Optional<CaseReviewEntry> awaitingOf(long personId) {
        return jdbc.sql("select * from case_review_entry where open_for_person = ?").param(personId)
                .query(CaseReviewRepository::entry).optional();
    }

    /** The entries of {@code persons} awaiting review. */
    List<CaseReviewEntry> awaitingOf(Collection<Long> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_review_entry where open_for_person in (:persons)").param("persons", persons)
                .query(CaseReviewRepository::entry).list();
    }

    /** Puts the person on the list; fails with a duplicate key when they are on it already. */
    long insert(long personId, String reason, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into case_review_entry (person_id, reason, added_by, added_at, open_for_person)
                values (?, ?, ?, ?, ?)""")
                .params(personId, reason, by, now, personId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Records the recommendation if the entry still awaits review; whether it did. */
    boolean review(long entryId, String consultant, String recommendation, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update case_review_entry set consultant = ?, recommendation = ?, reviewed_by = ?, reviewed_at = ?,
                    open_for_person = null
                where id = ? and reviewed_at is null""")
                .params(consultant, recommendation, by, now, entryId).update() == 1;
    }

    private static CaseReviewEntry entry(ResultSet rs, int row) throws SQLException {
        return new CaseReviewEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("reason"),
                rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class), rs.getString("consultant"),
                rs.getString("recommendation"), rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class));
    }
}
