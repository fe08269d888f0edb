package org.medopt.app.taper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.shared.Coded;
import org.medopt.shared.ItemAnswers;
import org.medopt.taper.PersonRequest;
import org.medopt.taper.WithdrawalCheckIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The person's withdrawal check-ins and the changes of each taper plan; kept, never changed but to acknowledge. */
@Repository
class CheckInRepository {

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertCheckIn(StoredPlan plan, int stepNumber, WithdrawalCheckIn c, String outcome, String by,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into taper_check_in (plan_id, person_id, step_number, checked_on, ratings, how_hard, free_text,
                    intolerable, request, outcome, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.personId(), stepNumber, c.date(), ItemAnswers.write(c.ratings()), c.howHard(), c.freeText(),
                        c.intolerable(), c.request().code(), outcome, by, now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The plan's check-ins, oldest first. */
    List<StoredCheckIn> checkIns(long planId) {
        return jdbc.sql("select * from taper_check_in where plan_id = ? order by recorded_at, id").param(planId)
                .query((rs, row) -> new StoredCheckIn(rs.getLong("id"), rs.getInt("step_number"),
                        new WithdrawalCheckIn(rs.getObject("checked_on", LocalDate.class), ItemAnswers.read(rs.getString("ratings")),
                                rs.getString("free_text"), rs.getInt("how_hard"), rs.getBoolean("intolerable"),
                                Coded.of(PersonRequest.class, rs.getString("request"))),
                        rs.getString("outcome"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    void insertChange(StoredPlan plan, int revision, int stepNumber, String action, String decidedBy, String rules,
            String reason, Long checkInId, boolean alertTeam, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into taper_plan_change (plan_id, person_id, revision, step_number, action, decided_by, rules,
                    reason, check_in_id, alert_team, made_by, made_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.personId(), revision, stepNumber, action, decidedBy, rules, reason, checkInId,
                        alertTeam, by, now)
                .update();
    }

    /** The plan's changes, newest first. */
    List<PlanChange> changes(long planId) {
        return jdbc.sql("select * from taper_plan_change where plan_id = ? order by made_at desc, id desc").param(planId)
                .query((rs, row) -> new PlanChange(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("revision"),
                        rs.getInt("step_number"), rs.getString("action"), rs.getString("decided_by"), rs.getString("rules"),
                        rs.getString("reason"), rs.getBoolean("alert_team"), rs.getString("made_by"),
                        rs.getObject("made_at", OffsetDateTime.class), rs.getString("acknowledged_by"),
                        rs.getObject("acknowledged_at", OffsetDateTime.class)))
                .list();
    }

    /** Acknowledges an open alert of the plan; false when there is none with that id. */
    boolean acknowledge(long planId, long changeId, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update taper_plan_change set acknowledged_by = ?, acknowledged_at = ?
                where id = ? and plan_id = ? and alert_team and acknowledged_by is null""")
                .params(by, now, changeId, planId).update() == 1;
    }

    /**
     * How many alerts are open for each of the persons, on plans of no sensitive medication entry, so that a count
     * never hints at an entry the reader may not see.
     */
    Map<Long, Integer> openAlerts(Collection<Long> personIds) {
        return jdbc.sql("""
                select c.person_id, count(*) as open_alerts
                from taper_plan_change c
                join taper_plan p on p.id = c.plan_id
                left join medication_entry e on e.id = p.medication_entry_id
                where c.person_id = any (?) and c.alert_team and c.acknowledged_by is null and e.sensitivity is null
                group by c.person_id""")
                .param(personIds.toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getInt("open_alerts")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
