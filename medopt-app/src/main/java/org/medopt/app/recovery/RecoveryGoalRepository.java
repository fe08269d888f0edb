package org.medopt.app.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.account.Role;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Recovery goals with every state each has had, and their progress notes. Notes and revisions are only ever added;
 * a goal's row changes only together with a new revision of it.
 */
@Repository
class RecoveryGoalRepository {

    private final JdbcClient jdbc;

    RecoveryGoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's goals, without notes. */
    List<RecoveryGoal> goals(long personId) {
        return jdbc.sql("select * from recovery_goal where person_id = ? order by id").param(personId)
                .query(RecoveryGoalRepository::goal).list();
    }

    Optional<RecoveryGoal> find(long personId, long goalId) {
        return jdbc.sql("select * from recovery_goal where person_id = ? and id = ?").params(personId, goalId)
                .query(RecoveryGoalRepository::goal).optional();
    }

    long insert(long personId, RecoveryDomain domain, String words, String firstSteps, String by, String byName,
            boolean withPerson, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recovery_goal (person_id, life_domain, goal, first_steps, status, status_since, written_by,
                    written_by_name, written_with_person, version, created_at, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(personId, domain.code(), words, firstSteps, GoalStatus.ACTIVE.code(), now.toLocalDate(), by,
                        byName, withPerson, now, now, by)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        addRevision(id, "written");
        return id;
    }

    /** Changes the goal if it is still at {@code version}; false when someone changed it first. */
    boolean update(RecoveryGoal goal, int version, String change, String by, OffsetDateTime now) {
        int changed = jdbc.sql("""
                update recovery_goal set life_domain = ?, goal = ?, first_steps = ?, status = ?, status_since = ?,
                    version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and person_id = ? and version = ?""")
                .params(goal.domain().code(), goal.words(), goal.firstSteps(), goal.status().code(), goal.statusSince(),
                        now, by, goal.id(), goal.personId(), version)
                .update();
        if (changed == 1) {
            addRevision(goal.id(), change);
        }
        return changed == 1;
    }

    /** Keeps the goal's row as it is now as its next revision. */
    private void addRevision(long goalId, String change) {
        jdbc.sql("""
                insert into recovery_goal_revision (goal_id, revision, change_kind, life_domain, goal, first_steps,
                    status, status_since, changed_by, changed_at)
                select id, version, ?, life_domain, goal, first_steps, status, status_since, updated_by, updated_at
                from recovery_goal where id = ?""")
                .params(change, goalId).update();
    }

    /** Every state the goal has had, newest first. */
    List<GoalRevision> revisions(long goalId) {
        return jdbc.sql("select * from recovery_goal_revision where goal_id = ? order by revision desc").param(goalId)
                .query((rs, row) -> new GoalRevision(rs.getInt("revision"), rs.getString("change_kind"),
                        Coded.of(RecoveryDomain.class, rs.getString("life_domain")), rs.getString("goal"),
                        rs.getString("first_steps"), Coded.of(GoalStatus.class, rs.getString("status")),
                        rs.getObject("status_since", LocalDate.class), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    long insertNote(RecoveryGoal goal, String note, String author, String authorName, Role authorRole,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recovery_goal_note (goal_id, person_id, note, by_person, author, author_name, author_role,
                    written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(goal.id(), goal.personId(), note, authorRole == Role.PERSON, author, authorName,
                        authorRole.code(), now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The notes on all the person's goals, newest first. */
    List<ProgressNote> notes(long personId) {
        return jdbc.sql("select * from recovery_goal_note where person_id = ? order by written_at desc, id desc")
                .param(personId)
                .query((rs, row) -> new ProgressNote(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("note"),
                        rs.getBoolean("by_person"), rs.getString("author"), rs.getString("author_name"),
                        Coded.of(Role.class, rs.getString("author_role")), rs.getObject("written_at", OffsetDateTime.class)))
                .list();
    }

    private static RecoveryGoal goal(ResultSet rs, int row) throws SQLException {
        return new RecoveryGoal(rs.getLong("id"), rs.getLong("person_id"),
                Coded.of(RecoveryDomain.class, rs.getString("life_domain")), rs.getString("goal"),
                rs.getString("first_steps"), Coded.of(GoalStatus.class, rs.getString("status")),
                rs.getObject("status_since", LocalDate.class), rs.getString("written_by"),
                rs.getString("written_by_name"), rs.getBoolean("written_with_person"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                List.of(), 0);
    }
}
