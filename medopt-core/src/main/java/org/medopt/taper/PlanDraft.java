package org.medopt.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A plan being written: dated, numbered steps and the plan-level notes, turned into a {@link TaperPlan} at the end. */
final class PlanDraft {

    private final List<TaperStep> steps = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private LocalDate next;
    private long finalUnits;
    private long plannedFinal;

    PlanDraft(LocalDate start) {
        this.next = start;
    }

    /** Adds a step that starts where the last one ended and lasts {@code days}. */
    void step(int days, String drug, long target, long units, List<Dosing> dosing, BigDecimal occupancy,
            StepLimit limit, String explanation, List<String> stepWarnings) {
        LocalDate end = next.plusDays(days - 1L);
        steps.add(new TaperStep(steps.size() + 1, next, end, drug, Milligrams.of(target), Milligrams.of(units),
                Milligrams.percent(units - target, target), dosing, occupancy, limit, explanation, stepWarnings));
        next = end.plusDays(1);
        if (units > 0) {
            finalUnits = units;
        }
    }

    /** The final dose the plan aims for; reported when the plan stops short of it. */
    void plannedFinal(long units) {
        plannedFinal = units;
    }

    void explain(String line) {
        explanation.add(line);
    }

    void warn(String line) {
        warnings.add(line);
    }

    void problem(String line) {
        problems.add(line);
    }

    int stepCount() {
        return steps.size();
    }

    TaperPlan plan(String drug, TaperMethod method) {
        long flagged = steps.stream().filter(TaperStep::gapFlagged).count();
        if (flagged > 0) {
            warnings.add(flagged + (flagged == 1 ? " step's dose differs" : " steps' doses differ")
                    + " from the target by more than 5% (MedOpt's tolerance): the chosen products cannot make it closer.");
        }
        long last = problems.isEmpty() || plannedFinal == 0 ? finalUnits : plannedFinal;
        return new TaperPlan(drug, method, steps, Milligrams.of(last), explanation, warnings, problems);
    }
}
