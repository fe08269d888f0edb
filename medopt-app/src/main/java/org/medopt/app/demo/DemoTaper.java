package org.medopt.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.taper.CheckInForm;
import org.medopt.app.taper.PlanForm;
import org.medopt.app.taper.PortalTaper;
import org.medopt.app.taper.TaperCheckInService;
import org.medopt.app.taper.TaperPlanService;
import org.springframework.stereotype.Component;

/**
 * The demo's running taper: the demo person's sertraline, planned by their prescriber with the planner's defaults and
 * started a month ago, with two check-ins from the portal (mild symptoms; then a request to slow down), so the taper
 * pages show a plan, check-ins and a change on a fresh start. Entered through the same services as anyone's.
 */
@Component
class DemoTaper {

    private final MedicationService medications;
    private final TaperPlanService plans;
    private final TaperCheckInService checkIns;

    private static final BigDecimal COMPOUNDED_MG_PER_ML = new BigDecimal("2");
    private static final BigDecimal FINAL_MILLIGRAMS = new BigDecimal("2");

    DemoTaper(MedicationService medications, TaperPlanService plans, TaperCheckInService checkIns) {
        this.medications = medications;
        this.plans = plans;
        this.checkIns = checkIns;
    }

    /**
     * As the prescriber: the plan for the person's current sertraline, started {@code start}; its id. A pharmacy
     * compounds a 2 mg/mL liquid and the prescriber and the person chose to stop from 2 mg, so the small doses at the
     * end can be measured and the plan reaches zero.
     */
    long plan(long personId, LocalDate start) {
        MedicationEntry sertraline = medications.record(personId).current().stream()
                .filter(e -> "sertraline".equals(e.drugName())).findFirst().orElseThrow();
        PlanForm form = plans.newForm(personId, sertraline.id());
        return plans.create(personId, new PlanForm(form.medicationEntryId(), form.drug(), form.dailyMilligrams(),
                form.administrations(), form.products(), COMPOUNDED_MG_PER_ML, form.method(), form.stepDays(), form.pace(),
                form.occupancyStep(), start, FINAL_MILLIGRAMS, false, "start"), true);
    }

    /** As the person: one check-in rating every item {@code rating}, with what they ask. */
    void checkIn(long personId, int rating, int howHard, String words, String request) {
        PortalTaper taper = checkIns.runningPlan(personId).orElseThrow();
        CheckInForm form = new CheckInForm();
        taper.items().forEach(item -> form.getRatings().put(item.id(), String.valueOf(rating)));
        form.setHowHard(String.valueOf(howHard));
        form.setIntolerable("no");
        form.setFreeText(words);
        form.setRequest(request);
        checkIns.checkIn(personId, form);
    }

}
