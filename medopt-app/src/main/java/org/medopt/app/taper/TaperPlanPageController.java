package org.medopt.app.taper;

import java.time.Clock;
import java.time.LocalDate;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.Download;
import org.medopt.app.web.FormSubmission;
import org.medopt.taper.WithdrawalChecklist;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One stored taper plan as the care team sees it: its steps as they now stand, alerts to acknowledge, the person's
 * check-ins, every change with who made it and why, and the controls to start, pause, resume or stop it.
 */
@Controller
class TaperPlanPageController {

    private final TaperPlanService plans;
    private final TaperStatusService statuses;
    private final PersonService persons;
    private final AccessPolicy access;
    private final WithdrawalChecklist checklist;
    private final Clock clock;
    private final DoseChart chart;
    private final TaperPdfs pdfs;

    TaperPlanPageController(TaperPlanService plans, TaperStatusService statuses, PersonService persons,
            AccessPolicy access, WithdrawalChecklist checklist, Clock clock, DoseChart chart, TaperPdfs pdfs) {
        this.plans = plans;
        this.statuses = statuses;
        this.persons = persons;
        this.access = access;
        this.checklist = checklist;
        this.clock = clock;
        this.chart = chart;
        this.pdfs = pdfs;
    }

    @GetMapping("/persons/{personId}/taper-plans/{planId}")
    String plan(@PathVariable long personId, @PathVariable long planId, Model model) {
        model.addAttribute("statusForm", new StatusChange(null, null));
        return page(personId, planId, model);
    }

    @PostMapping("/persons/{personId}/taper-plans/{planId}/status")
    String status(@PathVariable long personId, @PathVariable long planId,
            @ModelAttribute("statusForm") StatusChange form, BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> {
            statuses.change(personId, planId, form);
            return planId;
        }).map(id -> "redirect:/persons/" + personId + "/taper-plans/" + id).orElseGet(() -> page(personId, planId, model));
    }

    @PostMapping("/persons/{personId}/taper-plans/{planId}/alerts")
    String acknowledge(@PathVariable long personId, @PathVariable long planId, @RequestParam long changeId) {
        plans.acknowledge(personId, planId, changeId);
        return "redirect:/persons/" + personId + "/taper-plans/" + planId + "#alerts";
    }

    @GetMapping(value = "/persons/{personId}/taper-plans/{planId}/calendar.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> calendar(@PathVariable long personId, @PathVariable long planId) {
        TaperPlanDetails details = plans.plan(personId, planId);
        return Download.of(pdfs.calendar(persons.get(personId).displayName(), details.printView()),
                MediaType.APPLICATION_PDF, "taper-calendar.pdf");
    }

    @GetMapping(value = "/persons/{personId}/taper-plans/{planId}/pharmacy-sheet.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pharmacySheet(@PathVariable long personId, @PathVariable long planId) {
        TaperPlanDetails details = plans.plan(personId, planId);
        return Download.of(pdfs.pharmacySheet(persons.get(personId).displayName(), details.plan().createdBy(),
                details.printView()), MediaType.APPLICATION_PDF, "taper-pharmacy-sheet.pdf");
    }

    private String page(long personId, long planId, Model model) {
        TaperPlanDetails details = plans.plan(personId, planId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("details", details);
        model.addAttribute("chart", chart.draw(details.plan().steps(), details.chartPoints(), today));
        model.addAttribute("ratedItems", checklist.items().stream().filter(item -> details.checkIns().stream()
                .anyMatch(c -> c.checkIn().ratings().containsKey(item.id()))).toList());
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("today", today);
        model.addAttribute("checklist", checklist);
        model.addAttribute("mayChange", access.permits(personId, RecordAction.WRITE_MEDICATIONS));
        return "taper/plan";
    }
}
