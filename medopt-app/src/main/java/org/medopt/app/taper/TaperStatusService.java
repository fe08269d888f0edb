package org.medopt.app.taper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinician starts, pauses, resumes or stops a stored taper plan; all but starting need a reason. Audited. */
@Service
public class TaperStatusService {

    private final AccessPolicy access;
    private final AuditLog audit;
    private final TaperPlanService plans;
    private final PlanRepository stored;
    private final CheckInRepository log;
    private final PlanAdaptations adaptations;
    private final Clock clock;

    TaperStatusService(AccessPolicy access, AuditLog audit, TaperPlanService plans, PlanRepository stored,
            CheckInRepository log, PlanAdaptations adaptations, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.stored = stored;
        this.log = log;
        this.adaptations = adaptations;
        this.clock = clock;
    }

    @Transactional
    public void change(long personId, long planId, StatusChange change) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        StoredPlan plan = plans.readablePlan(personId, planId);
        String action = change.action() == null ? "" : change.action();
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        if (!action.equals("start") && reason == null) {
            throw new InvalidInputException("reason", "say why, so the person and the team can read it");
        }
        LocalDate today = LocalDate.now(clock);
        String by = granted.actor().username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (action) {
            case "start" -> {
                require(plan.draft(), "only a draft can be started");
                stored.status(planId, TaperStatus.ACTIVE, null, reason, by, now);
                log.insertChange(plan, plan.revision(), 1, "start", "clinician", "", reason == null ? "Started." : reason,
                        null, false, by, now);
            }
            case "pause" -> {
                require(plan.status() == TaperStatus.ACTIVE, "only an active plan can be paused");
                adaptations.pause(plan, today, reason, by, now);
            }
            case "resume" -> {
                require(plan.status() == TaperStatus.PAUSED, "only a paused plan can be resumed");
                adaptations.resume(plan, today, reason, by, now);
            }
            case "stop" -> {
                require(plan.status() != TaperStatus.STOPPED && plan.status() != TaperStatus.COMPLETED,
                        "this plan has ended already");
                adaptations.stop(plan, today, reason, by, now);
            }
            default -> throw new InvalidInputException("action", "choose start, pause, resume or stop");
        }
        audit.record(AuditAction.UPDATE, personId, "taper-plan/" + planId + "/status", granted.purpose());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidInputException("action", message);
        }
    }
}
