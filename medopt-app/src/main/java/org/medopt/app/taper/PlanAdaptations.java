package org.medopt.app.taper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.medopt.taper.AdaptationRule;
import org.medopt.taper.Adjustment;
import org.medopt.taper.Adjustment.Action;
import org.medopt.taper.Adjustment.DecidedBy;
import org.medopt.taper.TaperStep;
import org.medopt.taper.WithdrawalChecklist;
import org.springframework.stereotype.Component;

/**
 * Applies what a check-in's adjustment or a clinician decides to a stored plan, and keeps each change with who or
 * what made it and why. Only the current step and later ones ever move.
 */
@Component
class PlanAdaptations {

    private final PlanRepository plans;
    private final CheckInRepository log;
    private final int stepLengthFactor;

    PlanAdaptations(PlanRepository plans, CheckInRepository log, WithdrawalChecklist checklist) {
        this.plans = plans;
        this.log = log;
        this.stepLengthFactor = checklist.rule(AdaptationRule.SLOW_DOWN_REQUEST).parameter("stepLengthFactor");
    }

    /** Changes the plan as {@code adjustment} says, for the check-in {@code checkInId} made on {@code today}. */
    void apply(StoredPlan plan, long checkInId, Adjustment adjustment, LocalDate today, String by, OffsetDateTime now) {
        TaperStep current = plan.currentStep(today);
        List<TaperStep> steps = plan.steps();
        Action action = adjustment.action();
        if (action == Action.RETURN_TO_EARLIER_STEP) {
            TaperStep earlier = steps.stream().filter(s -> s.number() == adjustment.returnToStep()).findFirst().orElseThrow();
            steps = StepChanges.returnTo(steps, current, earlier, today);
        } else if (action == Action.HOLD) {
            boolean heldBefore = log.changes(plan.id()).stream()
                    .anyMatch(c -> c.action().equals(Action.HOLD.code()) && c.stepNumber() == current.number());
            steps = StepChanges.hold(steps, current, today, heldBefore);
        }
        if (adjustment.slowsDown()) {
            TaperStep now2 = plan.withSteps(steps).currentStep(today);
            steps = StepChanges.slowDown(steps, now2, stepLengthFactor);
        }
        int revision = steps.equals(plan.steps()) ? plan.revision() : plans.revise(plan, steps, by, now);
        if (adjustment.paused() && plan.status() == TaperStatus.ACTIVE) {
            plans.status(plan.id(), TaperStatus.PAUSED, today, null, by, now);
        } else if (action == Action.RESUME && plan.status() == TaperStatus.PAUSED) {
            revision = resumeSteps(plan.withSteps(steps), today, by, now, revision);
            plans.status(plan.id(), TaperStatus.ACTIVE, null, null, by, now);
        }
        if (action != Action.CONTINUE || adjustment.alertTeam()) {
            boolean byRule = adjustment.decisions().stream()
                    .anyMatch(d -> d.action() != Action.CONTINUE && d.decidedBy() == DecidedBy.RULE);
            log.insertChange(plan, revision, current.number(), action.code(), byRule ? "rule" : "person",
                    String.join(", ", adjustment.rules()), adjustment.reason(), checkInId, adjustment.alertTeam(), by, now);
        }
    }

    /** A clinician pauses the plan: the current dose continues until someone resumes it. */
    void pause(StoredPlan plan, LocalDate today, String reason, String by, OffsetDateTime now) {
        plans.status(plan.id(), TaperStatus.PAUSED, today, reason, by, now);
        log.insertChange(plan, plan.revision(), plan.currentStep(today).number(), "pause", "clinician", "", reason,
                null, false, by, now);
    }

    /** A clinician resumes the plan: the current step and later ones move by the days it was paused. */
    void resume(StoredPlan plan, LocalDate today, String reason, String by, OffsetDateTime now) {
        int revision = resumeSteps(plan, today, by, now, plan.revision());
        plans.status(plan.id(), TaperStatus.ACTIVE, null, reason, by, now);
        log.insertChange(plan, revision, plan.currentStep(today).number(), "resume", "clinician", "", reason, null,
                false, by, now);
    }

    void stop(StoredPlan plan, LocalDate today, String reason, String by, OffsetDateTime now) {
        plans.status(plan.id(), TaperStatus.STOPPED, null, reason, by, now);
        log.insertChange(plan, plan.revision(), plan.currentStep(today).number(), "stop", "clinician", "", reason,
                null, false, by, now);
    }

    private int resumeSteps(StoredPlan plan, LocalDate today, String by, OffsetDateTime now, int revision) {
        long days = plan.pausedSince() == null ? 0 : ChronoUnit.DAYS.between(plan.pausedSince(), today);
        if (days <= 0) {
            return revision;
        }
        TaperStep current = plan.currentStep(today);
        List<TaperStep> shifted = StepChanges.shiftFrom(plan.steps(), current, days);
        StoredPlan latest = plans.find(plan.personId(), plan.id()).orElseThrow();
        return plans.revise(latest, shifted, by, now);
    }
}
