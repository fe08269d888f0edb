package org.medopt.app.taper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.medopt.taper.Dosing;
import org.medopt.taper.StepLimit;
import org.medopt.taper.TaperPlan;
import org.medopt.taper.TaperStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Taper plans and their steps; each re-plan or adaptation adds a revision of the steps, none is deleted. */
@Repository
class PlanRepository {

    private static final TypeReference<List<Dosing>> DOSING = new TypeReference<>() { };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlanRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long personId, Long entryId, String rxcui, PlanForm form, TaperPlan plan, String knowledgeVersion,
            String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into taper_plan (person_id, medication_entry_id, drug_name, drug_rxcui, method, daily_milligrams,
                    administrations, products, compounded_mg_per_ml, step_days, pace_percent, occupancy_step_points,
                    start_date, final_milligrams, switch_to_diazepam, status, revision, knowledge_version,
                    plan_final_milligrams, explanation, warnings, problems, created_by, created_at, changed_by,
                    changed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(personId, entryId, plan.drug(), rxcui, form.method(), form.dailyMilligrams(),
                        text(form.administrations()), String.join("\n", form.products()), form.compounded(),
                        form.stepDays(), form.pace(), form.occupancyStep(), form.start(), form.finalDose(),
                        form.switchToDiazepam(), knowledgeVersion, plan.finalMilligrams(), write(plan.explanation()),
                        write(plan.warnings()), write(plan.problems()), by, now, by, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertSteps(id, 1, plan.steps());
        return id;
    }

    /** Replaces a draft's request and plan: a new revision of its steps. */
    void replan(StoredPlan stored, PlanForm form, TaperPlan plan, String knowledgeVersion, String by, OffsetDateTime now) {
        int revision = stored.revision() + 1;
        jdbc.sql("""
                update taper_plan set method = ?, daily_milligrams = ?, administrations = ?, products = ?,
                    compounded_mg_per_ml = ?, step_days = ?, pace_percent = ?, occupancy_step_points = ?, start_date = ?,
                    final_milligrams = ?, switch_to_diazepam = ?, revision = ?, knowledge_version = ?,
                    plan_final_milligrams = ?, explanation = ?, warnings = ?, problems = ?, changed_by = ?,
                    changed_at = ?, version = version + 1
                where id = ?""")
                .params(form.method(), form.dailyMilligrams(), text(form.administrations()),
                        String.join("\n", form.products()), form.compounded(), form.stepDays(), form.pace(),
                        form.occupancyStep(), form.start(), form.finalDose(), form.switchToDiazepam(), revision,
                        knowledgeVersion, plan.finalMilligrams(), write(plan.explanation()), write(plan.warnings()),
                        write(plan.problems()), by, now, stored.id())
                .update();
        insertSteps(stored.id(), revision, plan.steps());
    }

    /** Stores {@code steps} as the plan's next revision and returns its number. */
    int revise(StoredPlan stored, List<TaperStep> steps, String by, OffsetDateTime now) {
        int revision = stored.revision() + 1;
        jdbc.sql("update taper_plan set revision = ?, changed_by = ?, changed_at = ?, version = version + 1 where id = ?")
                .params(revision, by, now, stored.id()).update();
        insertSteps(stored.id(), revision, steps);
        return revision;
    }

    void status(long planId, TaperStatus status, LocalDate pausedSince, String reason, String by, OffsetDateTime now) {
        jdbc.sql("""
                update taper_plan set status = ?, paused_since = ?, status_reason = coalesce(?, status_reason),
                    changed_by = ?, changed_at = ?, version = version + 1
                where id = ?""")
                .params(status.code(), pausedSince, reason, by, now, planId).update();
    }

    Optional<StoredPlan> find(long personId, long planId) {
        return jdbc.sql("select * from taper_plan where person_id = ? and id = ?").params(personId, planId)
                .query(this::plan).optional();
    }

    /** The person's plans, newest first. */
    List<StoredPlan> ofPerson(long personId) {
        return jdbc.sql("select * from taper_plan where person_id = ? order by created_at desc, id desc")
                .param(personId).query(this::plan).list();
    }

    private StoredPlan plan(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        int revision = rs.getInt("revision");
        String products = rs.getString("products");
        PlanForm form = new PlanForm(rs.getObject("medication_entry_id", Long.class), rs.getString("drug_name"),
                rs.getBigDecimal("daily_milligrams"), rs.getString("administrations"),
                products.isEmpty() ? List.of() : Arrays.asList(products.split("\n")), rs.getBigDecimal("compounded_mg_per_ml"),
                rs.getString("method"), rs.getInt("step_days"), rs.getBigDecimal("pace_percent").stripTrailingZeros(),
                rs.getBigDecimal("occupancy_step_points").stripTrailingZeros(), rs.getObject("start_date", LocalDate.class),
                rs.getBigDecimal("final_milligrams"), rs.getBoolean("switch_to_diazepam"), null);
        return new StoredPlan(id, rs.getLong("person_id"), form.medicationEntryId(), rs.getString("drug_name"),
                rs.getString("drug_rxcui"), form, Coded.of(TaperStatus.class, rs.getString("status")),
                rs.getObject("paused_since", LocalDate.class), rs.getString("status_reason"), revision,
                rs.getString("knowledge_version"), rs.getBigDecimal("plan_final_milligrams"),
                read(rs.getString("explanation"), TEXTS), read(rs.getString("warnings"), TEXTS),
                read(rs.getString("problems"), TEXTS), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getInt("version"), steps(id, revision));
    }

    private List<TaperStep> steps(long planId, int revision) {
        return jdbc.sql("select * from taper_step where plan_id = ? and revision = ? order by number")
                .params(planId, revision)
                .query((rs, row) -> new TaperStep(rs.getInt("number"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getString("drug"),
                        rs.getBigDecimal("target_milligrams").stripTrailingZeros(),
                        rs.getBigDecimal("milligrams").stripTrailingZeros(), rs.getBigDecimal("gap_percent"),
                        read(rs.getString("dosing"), DOSING), occupancy(rs.getBigDecimal("occupancy_percent")),
                        StepLimit.valueOf(rs.getString("step_limit")), rs.getString("explanation"),
                        read(rs.getString("warnings"), TEXTS)))
                .list();
    }

    private void insertSteps(long planId, int revision, List<TaperStep> steps) {
        steps.forEach(s -> jdbc.sql("""
                insert into taper_step (plan_id, revision, number, start_date, end_date, drug, target_milligrams,
                    milligrams, gap_percent, dosing, occupancy_percent, step_limit, explanation, warnings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, revision, s.number(), s.start(), s.end(), s.drug(), s.targetMilligrams(), s.milligrams(),
                        s.gapPercent(), write(s.dosing()), s.occupancyPercent(), s.limit().name(), s.explanation(),
                        write(s.warnings()))
                .update());
    }

    private static java.math.BigDecimal occupancy(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a taper plan's " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored taper plan cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
