package org.medopt.taper;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dated taper for one drug: its steps, the final dose before stopping, and what the clinician and the person should
 * know about it.
 *
 * @param finalMilligrams the last dose before the stop, in the drug the last steps are counted in
 * @param explanation how the plan was made, with its sources, in plain words
 * @param warnings what to look at before using the plan
 * @param problems why the plan stops short of zero; empty when it is complete
 */
public record TaperPlan(
        String drug,
        TaperMethod method,
        List<TaperStep> steps,
        BigDecimal finalMilligrams,
        List<String> explanation,
        List<String> warnings,
        List<String> problems) {

    public TaperPlan {
        steps = List.copyOf(steps);
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    /** Whether the plan reaches 0 mg. */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** The step at 0 mg, or the last step of an incomplete plan. */
    public TaperStep last() {
        return steps.get(steps.size() - 1);
    }
}
