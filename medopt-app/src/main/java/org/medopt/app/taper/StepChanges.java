package org.medopt.app.taper;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medopt.taper.TaperStep;

/**
 * How an adaptation changes a plan's steps. Only the current step and those after it change, so the steps the person
 * has been through, and the check-ins made on them, keep their numbers.
 */
final class StepChanges {

    private StepChanges() {
    }

    /**
     * Holds the current step: one step length longer, later steps shifted by as much. A later hold on the same step only
     * makes sure the step lasts one step length past {@code day}, so holds on one step never pile up.
     */
    static List<TaperStep> hold(List<TaperStep> steps, TaperStep current, LocalDate day, boolean heldBefore) {
        long length = length(current);
        LocalDate end = heldBefore ? later(current.end(), day.plusDays(length - 1)) : current.end().plusDays(length);
        return shiftFrom(steps, current, ChronoUnit.DAYS.between(current.end(), end));
    }

    /** Every step after the current one lasts {@code factor} times as long, at the same doses, dated back to back. */
    static List<TaperStep> slowDown(List<TaperStep> steps, TaperStep current, int factor) {
        List<TaperStep> changed = new ArrayList<>();
        LocalDate next = null;
        for (TaperStep s : steps) {
            if (s.number() <= current.number()) {
                changed.add(s);
                next = s.end().plusDays(1);
            } else {
                changed.add(dated(s, s.number(), next, next.plusDays(length(s) * factor - 1), s.explanation()));
                next = changed.get(changed.size() - 1).end().plusDays(1);
            }
        }
        return changed;
    }

    /**
     * Back to the dose of step {@code earlier} from {@code day}: the current step ends the day before, a new step at
     * the earlier dose follows for one of its step lengths, then the steps after the earlier one again (so no cut is
     * larger than the plan's), re-dated, and the rest of the plan after them.
     */
    static List<TaperStep> returnTo(List<TaperStep> steps, TaperStep current, TaperStep earlier, LocalDate day) {
        List<TaperStep> changed = new ArrayList<>();
        for (TaperStep s : steps) {
            if (s.number() < current.number()) {
                changed.add(s);
            }
        }
        LocalDate end = day.isAfter(current.start()) ? day.minusDays(1) : current.start();
        changed.add(dated(current, current.number(), current.start(), end, current.explanation()));
        int number = current.number();
        LocalDate next = end.plusDays(1);
        List<TaperStep> again = new ArrayList<>();
        again.add(earlier);
        steps.stream().filter(s -> s.number() > earlier.number()).forEach(again::add);
        for (TaperStep s : again) {
            String why = s.number() <= current.number()
                    ? "Again after going back to the dose of step " + earlier.number() + ". " + s.explanation()
                    : s.explanation();
            TaperStep step = dated(s, ++number, next, next.plusDays(length(s) - 1), why);
            changed.add(step);
            next = step.end().plusDays(1);
        }
        return changed;
    }

    /** The current step and every later one moved {@code days} later, as a pause's end does. */
    static List<TaperStep> shiftFrom(List<TaperStep> steps, TaperStep current, long days) {
        return steps.stream().map(s -> {
            if (s.number() < current.number()) {
                return s;
            }
            LocalDate start = s.number() == current.number() ? s.start() : s.start().plusDays(days);
            return dated(s, s.number(), start, s.end().plusDays(days), s.explanation());
        }).toList();
    }

    static long length(TaperStep step) {
        return ChronoUnit.DAYS.between(step.start(), step.end()) + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static TaperStep dated(TaperStep s, int number, LocalDate start, LocalDate end, String explanation) {
        return new TaperStep(number, start, end, s.drug(), s.targetMilligrams(), s.milligrams(), s.gapPercent(),
                s.dosing(), s.occupancyPercent(), s.limit(), explanation, s.warnings());
    }
}
