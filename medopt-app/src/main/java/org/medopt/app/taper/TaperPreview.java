package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.medopt.taper.Dosing;
import org.medopt.taper.TaperPlan;
import org.medopt.taper.TaperSchedule;
import org.medopt.taper.TaperStep;

/**
 * A taper preview as {@code POST /api/taper-plans/preview} answers and the {@code taper} command prints it: the same
 * JSON from both. One drug gives one plan; several give their plans in the proposed order, one after another.
 *
 * @param complete whether every plan reaches 0 mg
 * @param order the drugs in the order they are reduced
 * @param explanation why this order (several drugs only)
 * @param warnings what to look at in the order (several drugs only)
 */
public record TaperPreview(String knowledgeVersion, boolean complete, List<String> order, List<String> explanation,
        List<String> warnings, List<PlanJson> plans) {

    static TaperPreview of(TaperPlan plan, String knowledgeVersion) {
        return new TaperPreview(knowledgeVersion, plan.complete(), List.of(plan.drug()), List.of(), List.of(),
                List.of(PlanJson.of(plan)));
    }

    static TaperPreview of(TaperSchedule schedule, String knowledgeVersion) {
        return new TaperPreview(knowledgeVersion, schedule.complete(), schedule.plans().stream().map(TaperPlan::drug).toList(),
                schedule.explanation(), schedule.warnings(), schedule.plans().stream().map(PlanJson::of).toList());
    }

    /** One drug's plan; {@code complete} is false, with {@code problems} saying why, when it stops short of zero. */
    public record PlanJson(String drug, String method, boolean complete, BigDecimal finalMilligrams,
            List<StepJson> steps, List<String> explanation, List<String> warnings, List<String> problems) {

        static PlanJson of(TaperPlan plan) {
            return new PlanJson(plan.drug(), plan.method().code(), plan.complete(), plain(plan.finalMilligrams()),
                    plan.steps().stream().map(StepJson::of).toList(), plan.explanation(), plan.warnings(),
                    plan.problems());
        }
    }

    /**
     * One step; {@code end} is its last day, inclusive. {@code gapFlagged} is true when the achievable dose is more
     * than 5% from the target; {@code occupancyPercent} is null for drugs without an occupancy model.
     */
    public record StepJson(int number, LocalDate start, LocalDate end, long days, String drug,
            BigDecimal targetMilligrams, BigDecimal milligrams, BigDecimal gapPercent, boolean gapFlagged, boolean stop,
            List<DosingJson> dosing, BigDecimal occupancyPercent, String limit, String limitReason,
            String explanation, List<String> warnings) {

        static StepJson of(TaperStep step) {
            return new StepJson(step.number(), step.start(), step.end(),
                    ChronoUnit.DAYS.between(step.start(), step.end()) + 1, step.drug(), plain(step.targetMilligrams()),
                    plain(step.milligrams()), plain(step.gapPercent()), step.gapFlagged(), step.stop(),
                    step.dosing().stream().map(DosingJson::of).toList(), plain(step.occupancyPercent()),
                    step.limit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), step.limit().words(),
                    step.explanation(), step.warnings());
        }
    }

    /** What to take at one time of day; {@code text} is the whole line as a person reads it. */
    public record DosingJson(String time, String drug, BigDecimal milligrams, String howToTake, String text) {

        static DosingJson of(Dosing dosing) {
            return new DosingJson(dosing.time(), dosing.drug(), plain(dosing.milligrams()), dosing.howToTake(),
                    dosing.text());
        }
    }

    /** The number as written, never in exponent form: 10, not 1E+1. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.toPlainString());
    }
}
