package org.medopt.app.taper;

import java.math.BigDecimal;
import java.util.List;
import org.medopt.taper.TaperMethod;
import org.medopt.taper.TaperStep;

/**
 * A taper plan as the calendar and the pharmacy sheet print it: built from the planner's plan or from a stored,
 * possibly adapted one.
 *
 * @param finalMilligrams the last dose before stopping, or null
 * @param warnings what the clinician and the pharmacy should know about the plan
 */
public record TaperPlanView(String drug, TaperMethod method, List<TaperStep> steps, BigDecimal finalMilligrams,
        List<String> warnings) {

    public TaperPlanView {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
