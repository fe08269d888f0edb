package org.medopt.taper;

import java.util.List;

/**
 * Several drugs' tapers in the proposed order, dated so that only one drug changes at a time.
 *
 * @param plans the plans in the order proposed
 * @param explanation why this order, in words to talk over with the person
 * @param warnings what to look at before using the schedule
 */
public record TaperSchedule(List<TaperPlan> plans, List<String> explanation, List<String> warnings) {

    public TaperSchedule {
        plans = List.copyOf(plans);
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
    }

    /** Whether every drug's plan reaches 0 mg. */
    public boolean complete() {
        return plans.stream().allMatch(TaperPlan::complete);
    }
}
