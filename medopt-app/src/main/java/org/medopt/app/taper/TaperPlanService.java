package org.medopt.app.taper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.taper.TaperPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care team's taper plans on a person's record: planned and previewed from a medication entry, saved as drafts,
 * re-planned, started, and read with their check-ins and changes. Those who may change the medication record plan;
 * whoever may read the record reads. Every read and write is audited.
 */
@Service
public class TaperPlanService {

    private final AccessPolicy access;
    private final AuditLog audit;
    private final MedicationService medications;
    private final PlanRequests requests;
    private final PlanRepository plans;
    private final CheckInRepository checkIns;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    TaperPlanService(AccessPolicy access, AuditLog audit, MedicationService medications, PlanRequests requests,
            PlanRepository plans, CheckInRepository checkIns, KnowledgeBase knowledge, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.medications = medications;
        this.requests = requests;
        this.plans = plans;
        this.checkIns = checkIns;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** The person's plans the reader may read, newest first. */
    @Transactional
    public List<StoredPlan> plans(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<StoredPlan> readable = plans.ofPerson(personId).stream().filter(this::readable).toList();
        audit.record(AuditAction.READ, personId, "taper-plans", granted.purpose());
        return readable;
    }

    /** One plan with its check-ins and changes. */
    @Transactional
    public TaperPlanDetails plan(long personId, long planId) {
        Access granted = access.require(personId, RecordAction.READ);
        StoredPlan plan = readablePlan(personId, planId);
        audit.record(AuditAction.READ, personId, "taper-plan/" + planId, granted.purpose());
        return new TaperPlanDetails(plan, checkIns.checkIns(planId), checkIns.changes(planId));
    }

    /** Fails unless the signed-in actor may plan tapers on the record; a form with errors is shown to no one else. */
    public void requireMayPlan(long personId) {
        access.require(personId, RecordAction.WRITE_MEDICATIONS);
    }

    /** A draft to plan again, for those who may plan. */
    @Transactional
    public StoredPlan planToEdit(long personId, long planId) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        StoredPlan plan = readablePlan(personId, planId);
        audit.record(AuditAction.READ, personId, "taper-plan/" + planId, granted.purpose());
        return plan;
    }

    /** A new plan's form, prefilled from the medication entry (or blank when none is named). */
    @Transactional
    public PlanForm newForm(long personId, Long entryId) {
        access.require(personId, RecordAction.WRITE_MEDICATIONS);
        LocalDate today = LocalDate.now(clock);
        return entryId == null ? requests.blank(null, "", null, today)
                : requests.formFor(medications.get(personId, entryId), today);
    }

    /** The plan the form asks for, not stored; a refusal names the field. */
    @Transactional
    public TaperPlan preview(long personId, PlanForm form) {
        access.require(personId, RecordAction.WRITE_MEDICATIONS);
        entry(personId, form);
        return requests.plan(form);
    }

    /** Saves the form's plan as a draft, or starts it at once; returns its id. */
    @Transactional
    public long create(long personId, PlanForm form, boolean start) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        MedicationEntry entry = entry(personId, form);
        TaperPlan plan = requests.planToKeep(form);
        Drug drug = requests.drug(form.drug());
        String by = granted.actor().username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = plans.insert(personId, entry == null ? null : entry.id(), drug.rxcui(), form, plan,
                knowledge.version(), by, now);
        StoredPlan stored = plans.find(personId, id).orElseThrow();
        checkIns.insertChange(stored, 1, 1, "plan", "clinician", "", "Planned: " + plan.steps().size() + " steps, "
                + form.method() + ", from " + form.dailyMilligrams().stripTrailingZeros().toPlainString() + " mg.",
                null, false, by, now);
        if (start) {
            start(stored, by, now);
        }
        audit.record(AuditAction.CREATE, personId, "taper-plan/" + id, granted.purpose());
        return id;
    }

    /** Plans a draft again from the changed form, or starts it. */
    @Transactional
    public void replan(long personId, long planId, PlanForm form, boolean start) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        StoredPlan stored = readablePlan(personId, planId);
        if (!stored.draft()) {
            throw new InvalidInputException("intent", "only a draft can be planned again; this plan is "
                    + stored.status().code());
        }
        TaperPlan plan = requests.planToKeep(form);
        String by = granted.actor().username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        plans.replan(stored, form, plan, knowledge.version(), by, now);
        checkIns.insertChange(stored, stored.revision() + 1, 1, "replan", "clinician", "", "Planned again: "
                + plan.steps().size() + " steps, " + form.method() + ".", null, false, by, now);
        if (start) {
            start(plans.find(personId, planId).orElseThrow(), by, now);
        }
        audit.record(AuditAction.UPDATE, personId, "taper-plan/" + planId, granted.purpose());
    }

    /** Acknowledges an open alert; acknowledging one already acknowledged changes nothing. */
    @Transactional
    public void acknowledge(long personId, long planId, long changeId) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        readablePlan(personId, planId);
        boolean alert = checkIns.changes(planId).stream().anyMatch(c -> c.id() == changeId && c.alertTeam());
        if (!alert) {
            throw new RecordNotFoundException("taper plan alert", changeId);
        }
        checkIns.acknowledge(planId, changeId, granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.UPDATE, personId, "taper-plan/" + planId + "/alert/" + changeId, granted.purpose());
    }

    private void start(StoredPlan stored, String by, OffsetDateTime now) {
        plans.status(stored.id(), TaperStatus.ACTIVE, null, null, by, now);
        checkIns.insertChange(stored, stored.revision(), 1, "start", "clinician", "", "Started: the person follows the "
                + "plan from " + stored.request().start() + ".", null, false, by, now);
    }

    StoredPlan readablePlan(long personId, long planId) {
        return plans.find(personId, planId).filter(this::readable)
                .orElseThrow(() -> new RecordNotFoundException("taper plan", planId));
    }

    /** A plan of a medication entry is read only by those who may read the entry (a sensitive entry may be withheld). */
    boolean readable(StoredPlan plan) {
        return plan.medicationEntryId() == null
                || medications.nameIfReadable(plan.personId(), plan.medicationEntryId()).isPresent();
    }

    private MedicationEntry entry(long personId, PlanForm form) {
        return form.medicationEntryId() == null ? null : medications.get(personId, form.medicationEntryId());
    }
}
