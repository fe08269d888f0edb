package org.medopt.app.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medopt.app.measurement.StoredResponse;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Safety follow-ups, their flags and their entries; rows are only ever added. */
@Repository
class SafetyFollowUpRepository {

    private final JdbcClient jdbc;

    SafetyFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(StoredResponse response, List<RaisedFlag> flags, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into safety_follow_up (person_id, questionnaire_response_id, instrument_id, opened_at, opened_by,
                    entered_by_person)
                values (?, ?, ?, ?, ?, ?)""")
                .params(response.personId(), response.id(), response.instrumentId(), now, response.recordedBy(),
                        response.enteredByPerson())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (RaisedFlag flag : flags) {
            jdbc.sql("insert into safety_follow_up_flag (follow_up_id, flag_id, reason, answers) values (?, ?, ?, ?)")
                    .params(id, flag.flagId(), flag.reason(), flag.answers()).update();
        }
        return id;
    }

    /** Adds an entry; one that closes the follow-up fails with a duplicate key if another entry already closed it. */
    long addEntry(SafetyFollowUp followUp, List<FollowUpAction> actions, String note, boolean closes, String by,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into safety_follow_up_entry (follow_up_id, person_id, actions, note, closes_follow_up_id,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(followUp.id(), followUp.personId(), actions.stream().map(Coded::code).collect(Collectors.joining(",")),
                        note, closes ? followUp.id() : null, by, now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<SafetyFollowUp> find(long personId, long followUpId) {
        return complete(jdbc.sql("select * from safety_follow_up f where f.id = ? and f.person_id = ?")
                .params(followUpId, personId).query(SafetyFollowUpRepository::row).list()).stream().findFirst();
    }

    /** The person's follow-ups, open and closed, newest first. */
    List<SafetyFollowUp> ofPerson(long personId) {
        return complete(jdbc.sql("select * from safety_follow_up f where f.person_id = ? order by f.opened_at desc, f.id desc")
                .param(personId).query(SafetyFollowUpRepository::row).list());
    }

    /** The open follow-ups of the persons, oldest first. */
    List<SafetyFollowUp> openOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return complete(jdbc.sql("""
                        select * from safety_follow_up f
                        where f.person_id = any (?)
                          and not exists (select 1 from safety_follow_up_entry e where e.closes_follow_up_id = f.id)
                        order by f.opened_at, f.id""")
                .param(personIds.toArray(Long[]::new)).query(SafetyFollowUpRepository::row).list());
    }

    /** For each of the persons with open follow-ups: how many, the oldest's id and when it opened. */
    Map<Long, OpenFollowUps> openByPerson(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select f.person_id, count(*) as open_count, min(f.opened_at) as oldest_at, min(f.id) as oldest_id
                        from safety_follow_up f
                        where f.person_id = any (?)
                          and not exists (select 1 from safety_follow_up_entry e where e.closes_follow_up_id = f.id)
                        group by f.person_id""")
                .param(personIds.toArray(Long[]::new))
                .query((rs, row) -> new OpenFollowUps(rs.getLong("person_id"), rs.getInt("open_count"),
                        rs.getLong("oldest_id"), rs.getObject("oldest_at", OffsetDateTime.class)))
                .list().stream().collect(Collectors.toMap(OpenFollowUps::personId, open -> open));
    }

    private List<SafetyFollowUp> complete(List<SafetyFollowUp> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Long[] ids = bare.stream().map(SafetyFollowUp::id).toArray(Long[]::new);
        Map<Long, List<RaisedFlag>> flags = jdbc.sql("select * from safety_follow_up_flag where follow_up_id = any (?) order by flag_id")
                .param(ids).query((rs, row) -> Map.entry(rs.getLong("follow_up_id"),
                        new RaisedFlag(rs.getString("flag_id"), rs.getString("reason"), rs.getString("answers"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<FollowUpEntry>> entries = jdbc.sql("""
                        select * from safety_follow_up_entry where follow_up_id = any (?) order by recorded_at, id""")
                .param(ids).query((rs, row) -> Map.entry(rs.getLong("follow_up_id"), entry(rs)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<SafetyFollowUp> complete = new ArrayList<>();
        for (SafetyFollowUp f : bare) {
            complete.add(new SafetyFollowUp(f.id(), f.personId(), f.responseId(), f.instrumentId(), f.openedAt(),
                    f.openedBy(), f.enteredByPerson(), flags.getOrDefault(f.id(), List.of()), entries.getOrDefault(f.id(), List.of())));
        }
        return complete;
    }

    private static SafetyFollowUp row(ResultSet rs, int row) throws SQLException {
        return new SafetyFollowUp(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("questionnaire_response_id"),
                rs.getString("instrument_id"), rs.getObject("opened_at", OffsetDateTime.class), rs.getString("opened_by"),
                rs.getBoolean("entered_by_person"), List.of(), List.of());
    }

    private static FollowUpEntry entry(ResultSet rs) throws SQLException {
        List<FollowUpAction> actions = Arrays.stream(rs.getString("actions").split(","))
                .map(code -> Coded.of(FollowUpAction.class, code)).toList();
        return new FollowUpEntry(rs.getLong("id"), actions, rs.getString("note"), rs.getObject("closes_follow_up_id") != null,
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
