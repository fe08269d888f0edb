package org.medopt.app.taper;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.FormSubmission;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugProduct;
import org.medopt.taper.TaperMethod;
import org.medopt.taper.TaperPlan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care team's taper plans of a person: the list, and the form that plans a new one or re-plans a draft, with a
 * preview of the steps before anything is saved.
 */
@Controller
class TaperPlanController {

    private static final String FORM = "taper/form";

    private final TaperPlanService plans;
    private final PersonService persons;
    private final MedicationService medications;
    private final DrugCatalog catalog;
    private final AccessPolicy access;
    private final DoseChart chart;

    TaperPlanController(TaperPlanService plans, PersonService persons, MedicationService medications,
            DrugCatalog catalog, AccessPolicy access, DoseChart chart) {
        this.access = access;
        this.chart = chart;
        this.plans = plans;
        this.persons = persons;
        this.medications = medications;
        this.catalog = catalog;
    }

    @GetMapping("/persons/{personId}/taper-plans")
    String list(@PathVariable long personId, Model model) {
        model.addAttribute("plans", plans.plans(personId));
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("record", medications.record(personId));
        model.addAttribute("mayPlan", access.permits(personId, RecordAction.WRITE_MEDICATIONS));
        return "taper/list";
    }

    @GetMapping("/persons/{personId}/taper-plans/new")
    String newPlan(@PathVariable long personId, @RequestParam(required = false) Long entryId, Model model) {
        model.addAttribute("form", plans.newForm(personId, entryId));
        return form(personId, null, null, model);
    }

    @PostMapping("/persons/{personId}/taper-plans/new")
    String create(@PathVariable long personId, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model) {
        plans.requireMayPlan(personId);
        if ("preview".equals(form.intent())) {
            return form(personId, null, FormSubmission.attempt(result, () -> plans.preview(personId, form)), model);
        }
        return FormSubmission.attempt(result, () -> plans.create(personId, form, "start".equals(form.intent())))
                .map(id -> "redirect:/persons/" + personId + "/taper-plans/" + id)
                .orElseGet(() -> form(personId, null, Optional.empty(), model));
    }

    @GetMapping("/persons/{personId}/taper-plans/{planId}/edit")
    String edit(@PathVariable long personId, @PathVariable long planId, Model model) {
        StoredPlan plan = plans.planToEdit(personId, planId);
        model.addAttribute("form", plan.request());
        return form(personId, plan, null, model);
    }

    @PostMapping("/persons/{personId}/taper-plans/{planId}/edit")
    String replan(@PathVariable long personId, @PathVariable long planId, @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result, Model model) {
        StoredPlan plan = plans.planToEdit(personId, planId);
        if ("preview".equals(form.intent())) {
            return form(personId, plan, FormSubmission.attempt(result, () -> plans.preview(personId, form)), model);
        }
        return FormSubmission.attempt(result, () -> {
            plans.replan(personId, planId, form, "start".equals(form.intent()));
            return planId;
        }).map(id -> "redirect:/persons/" + personId + "/taper-plans/" + id)
                .orElseGet(() -> form(personId, plan, Optional.empty(), model));
    }

    private String form(long personId, StoredPlan plan, Optional<TaperPlan> preview, Model model) {
        PlanForm form = (PlanForm) model.getAttribute("form");
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("plan", plan);
        TaperPlan shown = preview == null ? null : preview.orElse(null);
        model.addAttribute("preview", shown);
        if (shown != null && !shown.steps().isEmpty()) {
            model.addAttribute("chart", chart.draw(shown.steps(), List.of(), shown.steps().get(0).start()));
        }
        model.addAttribute("methods", List.of(TaperMethod.values()));
        model.addAttribute("products", form == null || form.drug() == null ? List.of()
                : catalog.byName(form.drug()).or(() -> catalog.byRxcui(form.drug().strip()))
                        .map(d -> d.products().stream().map(DrugProduct::label).toList()).orElse(List.of()));
        return FORM;
    }
}
