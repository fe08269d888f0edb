package org.medopt.app.team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.account.Role;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CareTeamRepository {

    private final JdbcClient jdbc;

    CareTeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Role> activeRole(long accountId, long personId) {
        return jdbc.sql("select team_role from care_team_member where account_id = ? and person_id = ? and left_at is null")
                .params(accountId, personId)
                .query((rs, n) -> Coded.of(Role.class, rs.getString(1)))
                .optional();
    }

    List<Long> personsOf(long accountId) {
        return jdbc.sql("select person_id from care_team_member where account_id = ? and left_at is null")
                .param(accountId).query(Long.class).list();
    }

    List<Membership> activeMembers(long personId) {
        return jdbc.sql("""
                select id, account_id, team_role, joined_at from care_team_member
                where person_id = ? and left_at is null order by joined_at""")
                .param(personId)
                .query((rs, n) -> new Membership(rs.getLong("id"), rs.getLong("account_id"),
                        Coded.of(Role.class, rs.getString("team_role")), rs.getObject("joined_at", OffsetDateTime.class)))
                .list();
    }

    long insert(long personId, long accountId, Role teamRole, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into care_team_member (person_id, account_id, team_role, joined_at, joined_by, current_marker) values (?, ?, ?, ?, ?, 1)")
                .params(personId, accountId, teamRole.code(), now, by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    int end(long memberId, long personId, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update care_team_member set left_at = ?, left_by = ?, left_reason = ?, current_marker = null
                where id = ? and person_id = ? and left_at is null""")
                .params(now, by, reason, memberId, personId).update();
    }

    record Membership(long id, long accountId, Role teamRole, OffsetDateTime joinedAt) {
    }
}
