package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.taper.TaperStep;

/**
 * A taper plan as stored on a person's record: the request it was planned from (as the form holds it), its status and
 * the current revision of its steps, which changes as check-ins and clinicians adapt it.
 *
 * @param request the planner inputs the plan was made from
 * @param pausedSince the day a pause began, while paused
 * @param statusReason why a clinician paused, resumed or stopped it, most recently
 * @param finalMilligrams the planner's final dose before stopping
 */
public record StoredPlan(long id, long personId, Long medicationEntryId, String drugName, String rxcui, PlanForm request,
        TaperStatus status, LocalDate pausedSince, String statusReason, int revision, String knowledgeVersion,
        BigDecimal finalMilligrams, List<String> explanation, List<String> warnings, List<String> problems,
        String createdBy, OffsetDateTime createdAt, String changedBy, OffsetDateTime changedAt, int version,
        List<TaperStep> steps) {

    public StoredPlan {
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
        steps = List.copyOf(steps);
    }

    StoredPlan withSteps(List<TaperStep> changed) {
        return new StoredPlan(id, personId, medicationEntryId, drugName, rxcui, request, status, pausedSince,
                statusReason, revision, knowledgeVersion, finalMilligrams, explanation, warnings, problems, createdBy,
                createdAt, changedBy, changedAt, version, changed);
    }

    /**
     * The step the person is on: on {@code today} while running (the day the pause began while paused), the first
     * before the plan starts and the last after it ends.
     */
    public TaperStep currentStep(LocalDate today) {
        LocalDate day = status == TaperStatus.PAUSED && pausedSince != null ? pausedSince : today;
        return steps.stream().filter(s -> !day.isBefore(s.start()) && !day.isAfter(s.end())).findFirst()
                .orElse(day.isBefore(steps.get(0).start()) ? steps.get(0) : steps.get(steps.size() - 1));
    }

    /** The step after the current one: the next change of dose. */
    public Optional<TaperStep> nextStep(LocalDate today) {
        int current = steps.indexOf(currentStep(today));
        return current + 1 < steps.size() ? Optional.of(steps.get(current + 1)) : Optional.empty();
    }

    /** The step in effect on {@code day}, if the plan has one then. */
    public Optional<TaperStep> stepOn(LocalDate day) {
        return steps.stream().filter(s -> !day.isBefore(s.start()) && !day.isAfter(s.end())).findFirst();
    }

    /**
     * The steps begun by {@code today}: none for a draft, those begun before the pause while paused, and those begun by
     * the day of the last change (the stop) once stopped.
     */
    public List<TaperStep> stepsBegunBy(LocalDate today) {
        LocalDate last = switch (status) {
            case DRAFT -> null;
            case PAUSED -> pausedSince == null ? today : pausedSince;
            case STOPPED -> changedAt == null ? today : changedAt.toLocalDate();
            case ACTIVE, COMPLETED -> today;
        };
        return last == null ? List.of() : steps.stream().filter(s -> !s.start().isAfter(last)).toList();
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    public boolean draft() {
        return status == TaperStatus.DRAFT;
    }
}
