package org.medopt.app.taper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.web.InvalidInputException;
import org.medopt.taper.Adjustment;
import org.medopt.taper.ChecklistItem;
import org.medopt.taper.PersonRequest;
import org.medopt.taper.StepCheckIns;
import org.medopt.taper.TaperAdaptation;
import org.medopt.taper.TaperPlanner;
import org.medopt.taper.TaperStep;
import org.medopt.taper.WithdrawalCheckIn;
import org.medopt.taper.WithdrawalChecklist;
import org.medopt.shared.Coded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's side of a taper: their running plan, and the withdrawal check-ins they make on it, each run through
 * the documented adaptation rules and applied to the plan. Only the person writes check-ins, on their own record.
 */
@Service
public class TaperCheckInService {

    private final AccessPolicy access;
    private final AuditLog audit;
    private final TaperPlanService plans;
    private final PlanRepository stored;
    private final CheckInRepository checkIns;
    private final PlanAdaptations adaptations;
    private final WithdrawalChecklist checklist;
    private final TaperAdaptation adaptation;
    private final TaperPlanner planner;
    private final Clock clock;

    TaperCheckInService(AccessPolicy access, AuditLog audit, TaperPlanService plans, PlanRepository stored,
            CheckInRepository checkIns, PlanAdaptations adaptations, WithdrawalChecklist checklist,
            TaperAdaptation adaptation, TaperPlanner planner, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.stored = stored;
        this.checkIns = checkIns;
        this.adaptations = adaptations;
        this.checklist = checklist;
        this.adaptation = adaptation;
        this.planner = planner;
        this.clock = clock;
    }

    /** The person's running plan (active or paused), the newest if there are several, as they see it. */
    @Transactional
    public Optional<PortalTaper> runningPlan(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        Optional<StoredPlan> running = stored.ofPerson(personId).stream()
                .filter(p -> p.status().running() && plans.readable(p)).findFirst();
        audit.record(AuditAction.READ, personId, running.map(p -> "taper-plan/" + p.id()).orElse("taper-plans"),
                granted.purpose());
        return running.map(p -> new PortalTaper(new TaperPlanDetails(p, checkIns.checkIns(p.id()),
                checkIns.changes(p.id())), LocalDate.now(clock), items(p), severityWords()));
    }

    /** Stores the person's check-in on their running plan and applies what the adaptation rules make of it. */
    @Transactional
    public Adjustment checkIn(long personId, CheckInForm form) {
        Access granted = access.require(personId, RecordAction.WRITE_OWN_WORDS);
        StoredPlan plan = stored.ofPerson(personId).stream().filter(p -> p.status().running() && plans.readable(p))
                .findFirst().orElseThrow(() -> new InvalidInputException("request", "you have no running taper plan"));
        LocalDate today = LocalDate.now(clock);
        WithdrawalCheckIn checkIn = checkIn(form, items(plan), today);
        TaperStep current = plan.currentStep(today);
        List<StoredCheckIn> before = checkIns.checkIns(plan.id());
        Adjustment adjustment = adaptation.adjust(onStep(current.number(), sinceClinicianResumed(plan, before), checkIn),
                earlier(current.number(), before));
        String by = granted.actor().username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = checkIns.insertCheckIn(plan, current.number(), checkIn, adjustment.reason(), by, now);
        adaptations.apply(plan, id, adjustment, today, by, now);
        audit.record(AuditAction.CREATE, personId, "taper-plan/" + plan.id() + "/check-in/" + id, granted.purpose());
        return adjustment;
    }

    /** The checklist items for the plan's drug, in the file's order. */
    List<ChecklistItem> items(StoredPlan plan) {
        return checklist.itemsFor(planner.drug(plan.rxcui()));
    }

    List<String> severityWords() {
        return IntStream.rangeClosed(0, WithdrawalCheckIn.HIGHEST_RATING).mapToObj(checklist::severityWord).toList();
    }

    /** The form as a check-in; what is missing or out of range is refused at its field. */
    static WithdrawalCheckIn checkIn(CheckInForm form, List<ChecklistItem> items, LocalDate today) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        List<String> unrated = new ArrayList<>();
        for (ChecklistItem item : items) {
            Integer rating = number(form.getRatings().get(item.id()), WithdrawalCheckIn.HIGHEST_RATING);
            if (rating == null) {
                unrated.add(item.wording());
            } else {
                ratings.put(item.id(), rating);
            }
        }
        if (!unrated.isEmpty()) {
            throw new InvalidInputException("ratings", "choose none, mild, moderate or severe for: "
                    + String.join("; ", unrated));
        }
        Integer howHard = number(form.getHowHard(), WithdrawalCheckIn.HIGHEST_HOW_HARD);
        if (howHard == null) {
            throw new InvalidInputException("howHard", "choose how hard this is, from 0 (not hard) to 10 (the hardest)");
        }
        if (!"yes".equals(form.getIntolerable()) && !"no".equals(form.getIntolerable())) {
            throw new InvalidInputException("intolerable", "say whether this is intolerable: yes or no");
        }
        PersonRequest request = Coded.find(PersonRequest.class, form.getRequest() == null ? "none" : form.getRequest())
                .orElseThrow(() -> new InvalidInputException("request", "choose what you would like, or nothing"));
        String words = form.getFreeText() == null ? "" : form.getFreeText().strip();
        return new WithdrawalCheckIn(today, ratings, words, howHard, "yes".equals(form.getIntolerable()), request);
    }

    private static Integer number(String value, int highest) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n >= 0 && n <= highest ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The check-ins since a clinician last resumed the plan: a clinician's resume ends the person's pause as the
     * person's own resume would, so a pause asked for before it no longer holds the plan at the next check-in.
     */
    private List<StoredCheckIn> sinceClinicianResumed(StoredPlan plan, List<StoredCheckIn> all) {
        return checkIns.changes(plan.id()).stream()
                .filter(c -> "resume".equals(c.action()) && "clinician".equals(c.decidedBy()))
                .map(PlanChange::madeAt).findFirst()
                .map(resumed -> all.stream().filter(c -> c.recordedAt().isAfter(resumed)).toList())
                .orElse(all);
    }

    private static StepCheckIns onStep(int step, List<StoredCheckIn> before, WithdrawalCheckIn latest) {
        List<WithdrawalCheckIn> made = new ArrayList<>(before.stream().filter(c -> c.stepNumber() == step)
                .map(StoredCheckIn::checkIn).toList());
        made.add(latest);
        return new StepCheckIns(step, made);
    }

    private static List<StepCheckIns> earlier(int step, List<StoredCheckIn> before) {
        return before.stream().map(StoredCheckIn::stepNumber).filter(n -> n < step).distinct().sorted()
                .map(n -> new StepCheckIns(n, before.stream().filter(c -> c.stepNumber() == n)
                        .map(StoredCheckIn::checkIn).toList()))
                .toList();
    }
}
