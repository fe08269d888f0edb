package org.medopt.app.taper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medopt.taper.ChecklistItem;
import org.medopt.taper.TaperStep;

/**
 * What the person sees of their running taper plan: today's step, the next change, the coming weeks, the checklist to
 * check in with and the changes made so far.
 */
public record PortalTaper(TaperPlanDetails details, LocalDate today, List<ChecklistItem> items,
        List<String> severityWords) {

    public StoredPlan plan() {
        return details.plan();
    }

    public TaperStep todayStep() {
        return plan().currentStep(today);
    }

    public Optional<TaperStep> nextStep() {
        return plan().status() == TaperStatus.PAUSED ? Optional.empty() : plan().nextStep(today);
    }

    /** The dose in effect at the start of each of the coming {@code weeks} weeks, for a calendar. */
    public List<Week> weeks(int weeks) {
        return java.util.stream.IntStream.range(0, weeks).mapToObj(i -> today.plusWeeks(i))
                .map(day -> new Week(day, plan().status() == TaperStatus.PAUSED ? Optional.of(todayStep())
                        : plan().stepOn(day)))
                .toList();
    }

    /** One week of the calendar: the day it begins and the step in effect then, none after the plan's end. */
    public record Week(LocalDate start, Optional<TaperStep> step) {
    }
}
